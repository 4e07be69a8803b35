/**
 * The right to publish. Two relays publishing at once would interleave re-sends with new sends and break
 * per-stream order on the topics, so a relay publishes only while it holds the lease.
 */
export interface RelayLease {
  /** Resolves once held; while another process holds it, keeps trying (standby). Rejects when aborted. */
  acquire(signal: AbortSignal): Promise<LeaseHold>;
}

export interface LeaseHold {
  /** Aborted when the lease is lost (its database session broke): the holder must stop publishing at once. */
  readonly lost: AbortSignal;
  release(): Promise<void>;
}
