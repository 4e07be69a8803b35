/**
 * Wakes live subscriptions when something may have been appended. The generation closes the race between
 * a subscription's last read and its wait: a wake that came in between is not lost, the wait returns at once.
 * An append may name its stream (the store does where transactions run one at a time: PGlite), and a
 * subscription that filters on streams sleeps through the appends it would not read (the access log
 * appends on nearly every request); a NOTIFY, or an append that names none, wakes every subscription.
 */
export class WakeSignal {
  private generationCount = 0;
  private readonly waiters = new Map<() => void, Accepts>();
  /** The streams of the latest notifications, by generation: what a late waiter checks it slept through. */
  private readonly recent: (string | undefined)[] = [];

  get generation(): number {
    return this.generationCount;
  }

  /** `streamId` is the stream appended to; undefined when it is not known (a NOTIFY). */
  notify(streamId?: string): void {
    this.generationCount += 1;
    this.recent.push(streamId);
    if (this.recent.length > RECENT) this.recent.shift();
    for (const [wake, accepts] of this.waiters) if (streamId === undefined || accepts(streamId)) wake();
  }

  /**
   * Resolves on the next notify after `generation` of a stream `accepts` takes, or after `timeoutMs`
   * (bounded polling). Without `accepts`, every notify wakes.
   */
  wait(generation: number, timeoutMs: number, accepts: Accepts = everything): Promise<void> {
    if (this.missed(generation, accepts)) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      timer.unref();
      this.waiters.set(wake, accepts);
    });
  }

  /** Whether a notification after `generation` may concern the waiter (any it cannot see any more does). */
  private missed(generation: number, accepts: Accepts): boolean {
    const since = this.generationCount - generation;
    if (since <= 0) return false;
    if (since > this.recent.length) return true;
    return this.recent.slice(-since).some((streamId) => streamId === undefined || accepts(streamId));
  }
}

type Accepts = (streamId: string) => boolean;

const everything: Accepts = () => true;

// Enough for the appends that land between a subscription's read and its wait.
const RECENT = 256;
