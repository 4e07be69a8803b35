import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  agencyReader,
  directiveDecider,
  DirectiveCommand,
  DirectiveEvent,
  directiveStreamId,
  stateReader,
} from '@hstf/domain';
import { RelayedEnvelope, toAudienceEnvelope, toRelayedEnvelope } from '@hstf/messaging';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { envelopeDecision } from '../envelope/envelope-decision';
import { toNewEvent } from '../envelope/stored-event';
import { eventRegistry } from '../events/event-registry';
import { chainEvents } from '../hashing/chain-events';
import { GENESIS_HASH } from '../hashing/hash-event';
import { EventTypeRegistry } from '../registry/event-type-registry';
import {
  AUDIENCE_JSON_SCHEMA_FILE,
  audienceEnvelopeJsonSchema,
  ENVELOPE_JSON_SCHEMA_FILE,
  envelopeJsonSchema,
} from './envelope-json-schema';
import { audienceEnvelopeSchema, relayedEnvelopeSchema } from './relayed-envelope.schema';

const DIRECTIVE_ID = '3f0a7d52-8a3e-4d53-9d7c-2a1f0a9c1b11';
const streamId = directiveStreamId(DIRECTIVE_ID);

const commands: DirectiveCommand[] = [
  {
    type: 'IssueDirective',
    data: {
      directiveId: DIRECTIVE_ID,
      title: 'Surge on southbound I-35 smuggling corridors',
      body: 'Coordinate interdiction at Laredo; report daily.',
      priority: 'priority',
      addressees: { states: ['TX'], agencies: ['FBI', 'ICE-HSI'] },
      authority: 'EO 14159 sec. 3(b)',
      effectiveAt: '2026-12-01T12:00:00Z',
      acknowledgeBy: '2026-12-03T12:00:00Z',
    },
    meta: { now: '2026-11-30T09:00:00.000Z' },
  },
  {
    type: 'MarkAcknowledgementOverdue',
    data: { directiveId: DIRECTIVE_ID, addressee: { kind: 'agency', code: 'FBI' } },
    meta: { now: '2026-12-03T12:00:15.000Z' },
  },
];

/** Decides the commands and returns each event as the relay puts it on a topic: JSON text, parsed back. */
function published(): Record<string, unknown>[] {
  let state = directiveDecider.initialState;
  let lastHash = GENESIS_HASH;
  return commands.map((command, index) => {
    const decision = directiveDecider.decide(command, state);
    if (!decision.ok) throw new Error(decision.error.message);
    const drafts = envelopeDecision({
      registry: eventRegistry as unknown as EventTypeRegistry<DirectiveEvent>,
      decider: directiveDecider,
      stateBefore: state,
      streamId,
      events: decision.events,
      metadata: {
        actor: index === 0 ? { sub: 'op-17', role: 'operator' } : { sub: 'hstf-deadlines', role: 'system' },
        commandId: `cmd-${index}`,
        correlationId: 'cmd-0',
        causationId: `cmd-${index}`,
        occurredAt: command.meta.now,
      },
    });
    const [event] = chainEvents(lastHash, BigInt(index), drafts);
    state = decision.events.reduce(directiveDecider.evolve, state);
    lastHash = event.metadata.hash;
    const stored = toNewEvent(event);
    const relayed = toRelayedEnvelope({
      ...stored,
      metadata: stored.metadata,
      streamId,
      streamPosition: BigInt(index),
      globalPosition: 4_294_967_296_000n + BigInt(index),
      recordedAt: new Date(Date.parse(command.meta.now) + 40),
    });
    return JSON.parse(JSON.stringify(relayed));
  });
}

describe('the published JSON Schema of the Kafka envelope', () => {
  const schema = envelopeJsonSchema();
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const [issued, overdue] = published();

  it(`is committed as generated in ${ENVELOPE_JSON_SCHEMA_FILE} (regenerate: npm run -s cli -- schema > the file, then prettier --write it)`, () => {
    const committed = JSON.parse(
      readFileSync(resolve(__dirname, '../../../..', ENVELOPE_JSON_SCHEMA_FILE), 'utf8'),
    );
    expect(committed).toStrictEqual(schema);
  });

  it('has one shape per registered event type, at its current schema version', () => {
    const defs = schema.$defs as Record<string, { properties: Record<string, { const?: unknown }> }>;
    const shapes = (schema.oneOf as { $ref: string }[]).map(({ $ref }) => defs[$ref.replace('#/$defs/', '')]);
    expect(shapes.map((s) => s.properties.type.const)).toEqual(eventRegistry.types());
    for (const shape of shapes) {
      const type = shape.properties.type.const as string;
      expect(shape.properties.schemaVersion.const).toBe(eventRegistry.currentVersion(type));
    }
  });

  it('accepts what the relay publishes, positions as decimal strings', () => {
    expect(issued.globalPosition).toBe('4294967296000');
    for (const envelope of [issued, overdue]) {
      expect(validate(envelope) ? [] : validate.errors).toEqual([]);
      expect(relayedEnvelopeSchema.safeParse(envelope).success).toBe(true);
    }
  });

  it('accepts metadata keys a later release may add, since they are hashed and must be kept', () => {
    const later = { ...issued, metadata: { ...(issued.metadata as object), signature: 'abc' } };
    expect(validate(later)).toBe(true);
  });

  it.each([
    ['the data of another type', { ...issued, type: 'DirectiveAcknowledgementOverdue' }],
    ['an unknown type', { ...issued, type: 'DirectiveShredded' }],
    ['another schema version', { ...issued, schemaVersion: 2 }],
    ['a position as a JSON number', { ...issued, globalPosition: 4294967296000 }],
    ['a field the event does not have', { ...issued, data: { ...(issued.data as object), urgent: true } }],
    ['no hash', { ...issued, metadata: { ...(issued.metadata as object), hash: undefined } }],
    ['a key outside the envelope', { ...issued, partition: 3 }],
  ])('refuses %s', (_case, envelope) => {
    const wire = JSON.parse(JSON.stringify(envelope));
    expect(validate(wire)).toBe(false);
    expect(relayedEnvelopeSchema.safeParse(wire).success).toBe(false);
  });
});

describe("the published JSON Schema of a state's or an agency's topic", () => {
  const schema = audienceEnvelopeJsonSchema();
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const [issued, overdue] = published() as unknown as RelayedEnvelope[];
  const acknowledged = {
    ...issued,
    id: '0d8e7f6a-5b4c-5d3e-8f2a-1b0c9d8e7f6a',
    type: 'DirectiveAcknowledged',
    streamPosition: '2',
    data: {
      directiveId: DIRECTIVE_ID,
      addressee: { kind: 'agency', code: 'FBI' },
      acknowledgedBy: 'FBI',
      revision: 1,
      acknowledgedAt: '2026-12-02T09:00:00.000Z',
      late: false,
      note: 'FBI-ONLY informant in place',
    },
  } as RelayedEnvelope;
  const wire = (value: unknown) => JSON.parse(JSON.stringify(value));

  it(`is committed as generated in ${AUDIENCE_JSON_SCHEMA_FILE} (regenerate: npm run -s cli -- schema --audience > the file, then prettier --write it)`, () => {
    const committed = JSON.parse(
      readFileSync(resolve(__dirname, '../../../..', AUDIENCE_JSON_SCHEMA_FILE), 'utf8'),
    );
    expect(committed).toStrictEqual(schema);
  });

  it('accepts what the relay publishes to an agency and to a state, with and without the words', () => {
    for (const envelope of [issued, overdue, acknowledged]) {
      for (const reader of [agencyReader('FBI'), agencyReader('ICE-HSI'), stateReader('TX')]) {
        const audience = wire(toAudienceEnvelope(envelope, reader));
        expect(validate(audience) ? [] : validate.errors).toEqual([]);
        expect(audienceEnvelopeSchema.safeParse(audience).success).toBe(true);
      }
    }
    expect(toAudienceEnvelope(acknowledged, agencyReader('FBI')).data).toHaveProperty('note');
    expect(toAudienceEnvelope(acknowledged, stateReader('TX')).data).not.toHaveProperty('note');
  });

  it.each([
    ['the stored metadata (the person, the ids, the hash chain)', wire(issued)],
    [
      'a metadata key the contract does not name',
      {
        ...wire(toAudienceEnvelope(issued, stateReader('TX'))),
        metadata: { ...wire(toAudienceEnvelope(issued, stateReader('TX'))).metadata, hash: 'a'.repeat(64) },
      },
    ],
    [
      'a required field left out',
      { ...wire(toAudienceEnvelope(issued, stateReader('TX'))), data: { title: 'x' } },
    ],
  ])('refuses %s', (_case, envelope) => {
    expect(validate(envelope)).toBe(false);
    expect(audienceEnvelopeSchema.safeParse(envelope).success).toBe(false);
  });
});
