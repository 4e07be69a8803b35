import { LeaseHold, RelayLease } from './relay-lease';

/**
 * The embedded profile's lease: PGlite lives inside one process, which runs one relay, so there is no one
 * to contend with and the lease is held at once. Never use it where two processes share a store.
 */
export class UncontestedLease implements RelayLease {
  async acquire(signal: AbortSignal): Promise<LeaseHold> {
    signal.throwIfAborted();
    const lost = new AbortController();
    return { lost: lost.signal, release: async () => undefined };
  }
}
