/**
 * Where an as-of question cuts the global log: at a global position (exact), or at a time. A time cut keeps
 * the events recorded at or before it. The store's `recordedAt` follows global order only up to the length
 * of an append (a transaction's start time against its place in the log), so a reader may stop only once it
 * is `skewMs` past the time: the events it then leaves out can no longer have been recorded before it.
 */
export type Cut =
  | { readonly kind: 'position'; readonly position: bigint }
  | { readonly kind: 'time'; readonly asOf: Date; readonly skewMs: number };

/**
 * Default tolerance between recordedAt and global order. On PostgreSQL an append is one statement: its
 * recordedAt (the statement's start) and its position (its transaction id, taken as the statement begins)
 * are fixed microseconds apart, before it waits for the stream's lock; EventStoreDB stamps the commit. One
 * second leaves a wide margin for a stalled server.
 */
export const DEFAULT_CUT_SKEW_MS = 1_000;

interface Placed {
  readonly globalPosition: bigint;
  readonly recordedAt: Date;
}

export const atPosition = (position: bigint): Cut => ({ kind: 'position', position });

export const asOfTime = (asOf: Date, skewMs = DEFAULT_CUT_SKEW_MS): Cut => ({ kind: 'time', asOf, skewMs });

/** The event belongs to the log as it stood at the cut. */
export function withinCut(cut: Cut, event: Placed): boolean {
  return cut.kind === 'position'
    ? event.globalPosition <= cut.position
    : event.recordedAt.getTime() <= cut.asOf.getTime();
}

/** This event, and every one after it in global order, is outside the cut: reading may stop. */
export function beyondCut(cut: Cut, event: Placed): boolean {
  return cut.kind === 'position'
    ? event.globalPosition > cut.position
    : event.recordedAt.getTime() > cut.asOf.getTime() + cut.skewMs;
}

/**
 * A prefix of the log ending at `position`, whose latest event was recorded at `latestRecordedAt`, lies
 * wholly within the cut: a fold of that prefix may stand in for the start of the cut's fold.
 */
export function prefixWithinCut(cut: Cut, position: bigint, latestRecordedAt: Date | undefined): boolean {
  if (cut.kind === 'position') return position <= cut.position;
  return latestRecordedAt === undefined || latestRecordedAt.getTime() <= cut.asOf.getTime();
}

export function describeCut(cut: Cut): { readonly atPosition?: string; readonly asOf?: string } {
  return cut.kind === 'position' ? { atPosition: cut.position.toString() } : { asOf: cut.asOf.toISOString() };
}
