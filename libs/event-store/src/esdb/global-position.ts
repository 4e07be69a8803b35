import { START, type Position, type ReadPosition } from '@eventstore/db-client';

/**
 * Our port orders the store with one bigint; EventStoreDB positions are `{commit, prepare}` byte offsets
 * in its transaction log. We use the commit position, because:
 * - every append through gRPC writes each event as its own committed prepare record, so an event's
 *   commit position equals its prepare position and differs from every other event's;
 * - the log is append-only and $all is served in log order, only up to what the index has committed,
 *   so positions only grow as readers see them: there is no late-commit gap as in a SQL sequence, and
 *   a position is a safe exclusive checkpoint (scavenging removes events, never reuses offsets).
 * Legacy explicit transactions (TCP API only, gone since 24.x) shared one commit position between
 * events; they are not supported by this adapter.
 */
export function globalPositionOf(position: Position): bigint {
  return position.commit;
}

/**
 * ESDB reads from a position inclusively and subscriptions start after it; both receive the same
 * position and callers skip events at or before `after` themselves, so the two behave alike.
 */
export function readPositionAfter(after: bigint | undefined): ReadPosition {
  if (after === undefined || after < 0n) return START;
  return { commit: after, prepare: after };
}

export function isAfter(position: bigint, checkpoint: bigint | undefined): boolean {
  return checkpoint === undefined || position > checkpoint;
}
