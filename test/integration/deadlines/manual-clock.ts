import { Clock } from '@hstf/deadlines';

/** A clock the test moves by hand, past a deadline or back before it. */
export class ManualClock implements Clock {
  private time: number;

  constructor(start: string) {
    this.time = Date.parse(start);
  }

  now(): Date {
    return new Date(this.time);
  }

  set(iso: string): void {
    this.time = Date.parse(iso);
  }

  /** An instant `hours` after the clock's time, ISO-8601. */
  inHours(hours: number): string {
    return new Date(this.time + hours * 3_600_000).toISOString();
  }
}
