import { IncomingMessage } from '@hstf/messaging';
import { issued } from '../testing/domain-events.fixtures';
import { fromMessage, MalformedEventMessage } from './from-message';

const envelope = {
  id: '6b1f2f7e-4c1d-5c8e-9a2b-3d4e5f6a7b8c',
  type: 'DirectiveIssued',
  schemaVersion: 1,
  streamId: 'directive-1',
  streamPosition: '0',
  globalPosition: '9007199254740993',
  data: issued.data,
  metadata: {
    actor: { sub: 'op-17', role: 'operator' },
    commandId: 'c-1',
    correlationId: 'c-1',
    causationId: 'c-1',
    occurredAt: '2026-11-30T09:00:00.000Z',
    recordedAt: '2026-11-30T09:00:00.120Z',
    scope: { states: ['TX'], agencies: ['CBP', 'FBI'] },
    prevHash: '0'.repeat(64),
    hash: 'a'.repeat(64),
    schemaVersion: 1,
  },
};

const message = (value: unknown): IncomingMessage => ({
  topic: 'hstf.events.v1',
  partition: 2,
  offset: 17n,
  key: 'directive-1',
  value: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
  headers: {},
  timestamp: new Date(),
});

describe('events from messages', () => {
  it('read the relay envelope, positions beyond 2^53 exactly', () => {
    expect(fromMessage(message(envelope))).toEqual({
      id: envelope.id,
      type: 'DirectiveIssued',
      schemaVersion: 1,
      streamId: 'directive-1',
      streamPosition: 0n,
      globalPosition: 9007199254740993n,
      data: issued.data,
      scope: { states: ['TX'], agencies: ['CBP', 'FBI'] },
      actor: { sub: 'op-17', role: 'operator' },
      occurredAt: '2026-11-30T09:00:00.000Z',
      recordedAt: '2026-11-30T09:00:00.120Z',
    });
  });

  it('keep the data of a type this build does not know', () => {
    const future = { ...envelope, type: 'ArrestTallyReported', data: { arrests: 3 } };
    expect(fromMessage(message(future))).toMatchObject({ type: 'ArrestTallyReported', data: { arrests: 3 } });
  });

  it('refuse what is not an envelope, saying where and why', () => {
    expect(() => fromMessage(message('{not json'))).toThrow(MalformedEventMessage);
    expect(() => fromMessage(message({ ...envelope, streamPosition: 'x' }))).toThrow(
      /hstf\.events\.v1\[2\]@17: streamPosition/,
    );
  });

  it('refuse a schema version of a known type that this build cannot read', () => {
    expect(() => fromMessage(message({ ...envelope, schemaVersion: 9 }))).toThrow(/DirectiveIssued/);
  });
});
