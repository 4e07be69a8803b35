/**
 * Wakes a loop that waits for new records. A wake while nobody waits is kept, so a loop that scanned,
 * found nothing, and only then waits does not sleep through a record appended during its scan.
 */
export class Wakeup {
  private waiter?: () => void;
  private pending = false;

  wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    if (waiter) waiter();
    else this.pending = true;
  }

  wait(): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => (this.waiter = resolve));
  }
}
