import { chainEvents } from './chain-events';
import { draft, sampleStream, STREAM } from './chain.fixtures';
import { GENESIS_HASH, hashEvent } from './hash-event';

describe('chaining a batch of events', () => {
  it('starts a new stream at position 0 from the genesis hash', () => {
    const [first] = chainEvents(GENESIS_HASH, 0n, [draft('cmd-1', 0, { n: 1 })]);
    expect(first.streamPosition).toBe(0n);
    expect(first.metadata.prevHash).toBe(GENESIS_HASH);
    expect(first.metadata.hash).toBe(hashEvent(first));
  });

  it("links each event to the previous one's hash and numbers them on", () => {
    const events = sampleStream(3);
    expect(events.map((e) => e.streamPosition)).toEqual([0n, 1n, 2n]);
    expect(events[1].metadata.prevHash).toBe(events[0].metadata.hash);
    expect(events[2].metadata.prevHash).toBe(events[1].metadata.hash);
  });

  it("continues an existing stream from its last event's hash and position", () => {
    const [head] = sampleStream(1);
    const [next] = chainEvents(head.metadata.hash, 1n, [draft('cmd-9', 0, { n: 9 })]);
    expect(next.streamPosition).toBe(1n);
    expect(next.metadata.prevHash).toBe(head.metadata.hash);
  });

  it('gives a retried command the same ids and hashes', () => {
    const once = chainEvents(GENESIS_HASH, 0n, [draft('cmd-1', 0, { n: 1 }), draft('cmd-1', 1, { n: 2 })]);
    const again = chainEvents(GENESIS_HASH, 0n, [draft('cmd-1', 0, { n: 1 }), draft('cmd-1', 1, { n: 2 })]);
    expect(again).toEqual(once);
  });

  it('keeps the draft untouched and carries its fields through', () => {
    const input = draft('cmd-1', 0, { n: 1 });
    const [chained] = chainEvents(GENESIS_HASH, 0n, [input]);
    expect(input.metadata).not.toHaveProperty('hash');
    expect(chained).toMatchObject({ id: input.id, type: input.type, streamId: STREAM, data: { n: 1 } });
  });

  it('refuses a malformed prevHash, a negative position or a batch spanning streams', () => {
    expect(() => chainEvents('abc', 0n, [])).toThrow('64 lower-case hex');
    expect(() => chainEvents(GENESIS_HASH, -1n, [])).toThrow('negative');
    const other = { ...draft('cmd-1', 1, {}), streamId: 'directive-other' };
    expect(() => chainEvents(GENESIS_HASH, 0n, [draft('cmd-1', 0, {}), other])).toThrow(
      'one batch, one stream',
    );
  });
});
