/**
 * Runs `work` one at a time: a request while it runs is served by a single further run right after it, so
 * a burst of requests (every event of a catch-up, every tick) costs at most one run more than it needs.
 */
export class CoalescedRun {
  private running?: Promise<void>;
  private queued?: Promise<void>;

  constructor(private readonly work: () => Promise<void>) {}

  /** Resolves when a run that started after this call has ended; `work` must not reject. */
  request(): Promise<void> {
    if (this.queued) return this.queued;
    const next: Promise<void> = (this.running ?? Promise.resolve()).then(() => {
      this.queued = undefined;
      this.running = next;
      return this.work().finally(() => {
        if (this.running === next) this.running = undefined;
      });
    });
    this.queued = next;
    return next;
  }

  /** Waits for the run under way and the one queued, if any. */
  async idle(): Promise<void> {
    await this.running;
    await this.queued;
  }
}
