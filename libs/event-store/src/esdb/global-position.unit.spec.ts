import { START } from '@eventstore/db-client';
import { advance, comparePositions, cursorAfter, cursorAt, globalPositionOf } from './global-position';

describe('EventStoreDB global positions', () => {
  it('uses the commit position as our global position', () => {
    expect(globalPositionOf({ commit: 1_024n, prepare: 1_024n })).toBe(1_024n);
  });

  it('orders positions by commit, then prepare', () => {
    expect(comparePositions({ commit: 5n, prepare: 5n }, { commit: 6n, prepare: 0n })).toBe(-1);
    expect(comparePositions({ commit: 6n, prepare: 0n }, { commit: 6n, prepare: 6n })).toBe(-1);
    expect(comparePositions({ commit: 6n, prepare: 6n }, { commit: 6n, prepare: 6n })).toBe(0);
  });
});

describe('EventStoreDB $all cursor', () => {
  it('starts at the start of $all with no checkpoint or a negative one', () => {
    expect(cursorAfter(undefined)).toEqual({ resumeFrom: START });
    expect(cursorAfter(-1n)).toEqual({ resumeFrom: START });
  });

  it("resumes after an event from that event's own position", () => {
    expect(cursorAfter(4_096n)).toEqual({ resumeFrom: { commit: 4_096n, prepare: 4_096n }, passed: 4_096n });
  });

  it('keeps a checkpoint between records exactly, without passing the event that starts there', () => {
    expect(cursorAt({ commit: 500n, prepare: 0n })).toEqual({
      resumeFrom: { commit: 500n, prepare: 0n },
      passed: 499n,
    });
    expect(cursorAt({ commit: 500n, prepare: 500n }).passed).toBe(500n);
  });

  it('only moves forwards', () => {
    const at = cursorAfter(700n);
    expect(advance(at, { commit: 700n, prepare: 700n })).toBe(at);
    expect(advance(at, { commit: 650n, prepare: 0n })).toBe(at);
    expect(advance(at, { commit: 800n, prepare: 0n })).toEqual(cursorAt({ commit: 800n, prepare: 0n }));
    expect(advance(cursorAfter(undefined), { commit: 3n, prepare: 0n }).resumeFrom).toEqual({
      commit: 3n,
      prepare: 0n,
    });
  });
});
