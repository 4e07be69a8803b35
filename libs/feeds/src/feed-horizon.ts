/**
 * How far the feeds may deliver: every feed item at or before the horizon is in the read model and none
 * can appear there later. Delivering only up to it is what makes Last-Event-ID resume without a gap: an
 * item that became visible after a later one had been sent would otherwise never reach that client.
 */
export interface FeedHorizon {
  /** Where delivery can start; the first call after the process starts. */
  start(): Promise<bigint>;
  /** The horizon now; never less than an earlier answer. */
  advance(): Promise<bigint>;
}

export const FEED_HORIZON = Symbol('FEED_HORIZON');
