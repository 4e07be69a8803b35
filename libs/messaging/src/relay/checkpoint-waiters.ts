interface Waiter {
  readonly position: bigint;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** Callers waiting for the relay's checkpoint to reach a position. */
export class CheckpointWaiters {
  private waiters: Waiter[] = [];

  add(position: bigint, timeoutMs: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter.timer !== timer);
        reject(new Error(`relay checkpoint did not reach ${position} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push({ position, resolve, reject, timer });
    });
  }

  reached(position: bigint): void {
    if (this.waiters.length === 0) return;
    this.waiters = this.waiters.filter((waiter) => {
      if (waiter.position > position) return true;
      clearTimeout(waiter.timer);
      waiter.resolve();
      return false;
    });
  }

  rejectAll(error: Error): void {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
    this.waiters = [];
  }
}
