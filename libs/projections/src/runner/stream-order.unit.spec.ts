import { streamVerdict } from './stream-order';

const event = (streamPosition: bigint, id = `e${streamPosition}`) => ({ id, streamPosition });

describe('per-stream order', () => {
  it('applies the first event of a stream it has never seen', () => {
    expect(streamVerdict(undefined, event(0n))).toEqual({ kind: 'apply' });
  });

  it('applies the next position', () => {
    expect(streamVerdict({ position: 4n, eventId: 'e4' }, event(5n))).toEqual({ kind: 'apply' });
  });

  it('takes anything at or before the last applied position as a duplicate', () => {
    expect(streamVerdict({ position: 4n, eventId: 'e4' }, event(4n))).toEqual({ kind: 'duplicate' });
    expect(streamVerdict({ position: 4n, eventId: 'e4' }, event(1n))).toEqual({ kind: 'duplicate' });
  });

  it('refuses a position past the next one as a gap, naming the one expected', () => {
    expect(streamVerdict({ position: 4n, eventId: 'e4' }, event(6n))).toEqual({ kind: 'gap', expected: 5n });
    expect(streamVerdict(undefined, event(3n))).toEqual({ kind: 'gap', expected: 0n });
  });

  it('refuses another event at the last applied position as a conflict', () => {
    expect(streamVerdict({ position: 4n, eventId: 'e4' }, event(4n, 'other'))).toEqual({
      kind: 'conflict',
      appliedEventId: 'e4',
    });
  });
});
