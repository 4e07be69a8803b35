import { sampleStream } from '../hashing/chain.fixtures';
import { verifyChain } from '../hashing/verify-chain';
import {
  envelopeFromRecorded,
  MalformedStoredEventError,
  RecordedStoredEvent,
  toNewEvent,
} from './stored-event';

/** What a store returns for what it was given: JSON round trip, positions and recordedAt added. */
function recorded(events = sampleStream(3)): RecordedStoredEvent[] {
  return events.map((event, i) => {
    const stored = JSON.parse(JSON.stringify(toNewEvent(event)));
    return {
      ...stored,
      streamId: event.streamId,
      streamPosition: BigInt(i),
      globalPosition: BigInt(100 + i),
      recordedAt: new Date(Date.UTC(2025, 2, 1, 14, 0, i)),
    };
  });
}

describe('stored events', () => {
  it('carry the schema version in the metadata, since the store has no column for it', () => {
    const [event] = sampleStream(1);
    const stored = toNewEvent(event);
    expect(stored.metadata.schemaVersion).toBe(1);
    expect(Object.keys(stored).sort()).toEqual(['data', 'id', 'metadata', 'type']);
  });

  it('read back as envelopes with the schema version, positions and recordedAt restored', () => {
    const [envelope] = recorded().map(envelopeFromRecorded);
    expect(envelope).toMatchObject({
      schemaVersion: 1,
      streamPosition: 0n,
      globalPosition: 100n,
      metadata: { recordedAt: '2025-03-01T14:00:00.000Z', actor: { sub: 'op-17', role: 'operator' } },
    });
  });

  it('still verify after the round trip through the store', () => {
    expect(verifyChain(recorded().map(envelopeFromRecorded))).toMatchObject({ ok: true, checked: 3 });
  });

  it('keep metadata keys this release does not know, so that their hash still verifies', () => {
    const [event] = sampleStream(1);
    const future = { ...event, metadata: { ...event.metadata, signature: 'abc' } };
    const [record] = recorded([future]);
    expect(envelopeFromRecorded(record).metadata).toHaveProperty('signature', 'abc');
  });

  it('refuse malformed metadata, naming each field at fault', () => {
    const [record] = recorded();
    const broken = {
      ...record,
      metadata: { ...record.metadata, hash: 'nope', scope: { states: 'TX', agencies: [] } },
    };
    expect(() => envelopeFromRecorded(broken)).toThrow(MalformedStoredEventError);
    expect(() => envelopeFromRecorded(broken)).toThrow(
      /scope\.states: .*; hash: must be 64 lower-case hex digits/,
    );
  });
});
