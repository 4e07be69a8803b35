import type { Event, Scope } from '@hstf/domain';
import { z } from 'zod';
import { chainEvents } from '../hashing/chain-events';
import { GENESIS_HASH } from '../hashing/hash-event';
import { verifyChain } from '../hashing/verify-chain';
import { eventId } from '../ids/event-id';
import { EventTypeRegistry } from '../registry/event-type-registry';
import { InvalidEventDataError } from '../registry/registry-errors';
import { envelopeDecision } from './envelope-decision';

type Addressed = Event<'Addressed', { agency: string }>;
type Noted = Event<'Noted', { note: string }>;
type Sample = Addressed | Noted;

const registry = new EventTypeRegistry<Sample>()
  .register({ type: 'Addressed', version: 1, schema: z.strictObject({ agency: z.string() }) })
  .register({ type: 'Noted', version: 1, schema: z.strictObject({ text: z.string() }) })
  .register({
    type: 'Noted',
    version: 2,
    schema: z.strictObject({ note: z.string() }),
    upcastFrom: ({ text }: { text: string }) => ({ note: text }),
  });

// The audience grows with each agency addressed.
const decider = {
  evolve: (state: string[], event: Sample) =>
    event.type === 'Addressed' ? [...state, event.data.agency] : state,
  scope: (state: string[]): Scope => ({ states: ['TX'], agencies: state }),
};

const metadata = {
  actor: { sub: 'op-17', role: 'operator' },
  commandId: 'cmd-1',
  correlationId: 'corr-1',
  causationId: 'cmd-1',
  occurredAt: '2026-03-02T09:00:00.000Z',
};

const decide = (events: Sample[]) =>
  envelopeDecision({ registry, decider, stateBefore: ['FBI'], streamId: 'sample-1', events, metadata });

describe('enveloping a decision', () => {
  const drafts = decide([
    { type: 'Addressed', data: { agency: 'CBP' } },
    { type: 'Noted', data: { note: 'CBP joins.' } },
  ]);

  it("gives each event its deterministic id and its type's current schema version", () => {
    expect(drafts.map((d) => d.id)).toEqual([eventId('cmd-1', 0), eventId('cmd-1', 1)]);
    expect(drafts.map((d) => d.schemaVersion)).toEqual([1, 2]);
  });

  it('scopes each event from the state right after it, normalised', () => {
    expect(drafts[0].metadata.scope).toEqual({ states: ['TX'], agencies: ['CBP', 'FBI'] });
    expect(drafts[0].metadata).toMatchObject(metadata);
  });

  it('produces drafts that chain and verify', () => {
    expect(verifyChain(chainEvents(GENESIS_HASH, 0n, drafts))).toMatchObject({ ok: true, checked: 2 });
  });

  it('refuses data that does not match its current schema, naming the fields', () => {
    const bad = { type: 'Noted', data: { text: 'old shape' } } as unknown as Noted;
    expect(() => decide([bad])).toThrow(InvalidEventDataError);
    expect(() => decide([bad])).toThrow('Noted v2 data is invalid: note: ');
  });
});
