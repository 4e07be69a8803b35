import { START, type Position, type ReadPosition } from '@eventstore/db-client';

/**
 * Our port orders the store with one bigint; EventStoreDB positions are `{commit, prepare}` byte offsets
 * in its transaction log. We use the commit position, because:
 * - every append through gRPC writes each event as its own committed prepare record, so an event's
 *   commit position equals its prepare position and differs from every other event's;
 * - the log is append-only and $all is served in log order, only up to what the index has committed,
 *   so positions only grow as readers see them: there is no late-commit gap as in a SQL sequence, and
 *   an event's position is a safe exclusive checkpoint (scavenging removes events, never reuses offsets).
 * Legacy explicit transactions (TCP API only, gone since 24.x) shared one commit position between
 * events; they are not supported by this adapter.
 */
export function globalPositionOf(position: Position): bigint {
  return position.commit;
}

export const eventPosition = (globalPosition: bigint): Position => ({
  commit: globalPosition,
  prepare: globalPosition,
});

/** Log order of two positions: by commit, then prepare. */
export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  return a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;
}

/**
 * Where a reader of $all stands: the exact position to resume from, and the last global position it
 * has passed. They differ after a server checkpoint, which may lie between records (`{c, 0}` means
 * "resume at the record starting at c"): resuming must send it unchanged, since the server cannot read
 * from an offset inside a record, while an event at `c` itself has not been passed yet.
 */
export interface AllCursor {
  readonly resumeFrom: ReadPosition;
  readonly passed?: bigint;
}

/** `after` is an event's global position, hence a record boundary: ESDB is given it as that event's position. */
export function cursorAfter(after: bigint | undefined): AllCursor {
  return after === undefined || after < 0n
    ? { resumeFrom: START }
    : { resumeFrom: eventPosition(after), passed: after };
}

export function cursorAt(position: Position): AllCursor {
  const eventAtCommitPassed = position.prepare >= position.commit;
  return { resumeFrom: position, passed: eventAtCommitPassed ? position.commit : position.commit - 1n };
}

/** Moves to `position` if it lies beyond where the cursor stands; positions arrive in order, but checkpoints may repeat. */
export function advance(cursor: AllCursor, position: Position): AllCursor {
  const from = cursor.resumeFrom;
  const beyond = typeof from !== 'object' || comparePositions(position, from) > 0;
  return beyond ? cursorAt(position) : cursor;
}
