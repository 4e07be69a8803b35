/**
 * Wakes live subscriptions when something may have been appended. The generation closes the race between
 * a subscription's last read and its wait: a wake that came in between is not lost, the wait returns at once.
 */
export class WakeSignal {
  private generationCount = 0;
  private readonly waiters = new Set<() => void>();

  get generation(): number {
    return this.generationCount;
  }

  notify(): void {
    this.generationCount += 1;
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  /** Resolves on the next notify after `generation`, or after `timeoutMs` (bounded polling). */
  wait(generation: number, timeoutMs: number): Promise<void> {
    if (generation !== this.generationCount) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      timer.unref();
      this.waiters.add(wake);
    });
  }
}
