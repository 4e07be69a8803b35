import { judgeRetry, StoredEvent } from './idempotent-retry';

const ids = ['a1', 'b2', 'c3'].map((suffix) => `00000000-0000-4000-8000-0000000000${suffix}`);
const stored = (firstRevision: bigint, which = ids): StoredEvent[] =>
  which.map((eventId, index) => ({
    eventId,
    streamPosition: firstRevision + BigInt(index),
    globalPosition: 1000n + BigInt(index),
  }));

describe('judging whether a refused append was a retry', () => {
  it('is a new append when none of its ids is in the stream', () => {
    expect(judgeRetry(ids, [], 4n)).toEqual({ kind: 'new' });
  });

  it('is a retry when all ids sit in order where the expected revision put them', () => {
    const original = { nextExpectedRevision: 7n, position: 1002n };
    expect(judgeRetry(ids, stored(5n), 4n)).toEqual({ kind: 'retry', result: original });
    expect(judgeRetry(ids, stored(0n), 'no_stream')).toMatchObject({ kind: 'retry' });
    expect(judgeRetry(ids, stored(9n), 'any')).toMatchObject({ kind: 'retry' });
  });

  it('compares ids without regard to case', () => {
    const upper = ids.map((id) => id.toUpperCase());
    expect(judgeRetry(upper, stored(0n), 'no_stream')).toMatchObject({ kind: 'retry' });
  });

  it('is a mismatch when only some ids are in the stream', () => {
    expect(judgeRetry(ids, stored(5n, ids.slice(1)), 'any')).toEqual({ kind: 'mismatch' });
  });

  it('is a mismatch when the ids sit elsewhere than the expected revision says', () => {
    expect(judgeRetry(ids, stored(5n), 2n)).toEqual({ kind: 'mismatch' });
    expect(judgeRetry(ids, stored(1n), 'no_stream')).toEqual({ kind: 'mismatch' });
  });

  it('is a mismatch when the ids are out of order or not consecutive', () => {
    expect(judgeRetry(ids, stored(0n, [ids[1], ids[0], ids[2]]), 'any')).toEqual({ kind: 'mismatch' });
    const spread = stored(0n).map((event, index) => ({ ...event, streamPosition: BigInt(index * 2) }));
    expect(judgeRetry(ids, spread, 'any')).toEqual({ kind: 'mismatch' });
  });
});
