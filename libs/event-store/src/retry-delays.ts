import { ExponentialBackoff, halfJitterGenerator, type IBackoff } from 'cockatiel';

export interface RetryDelayOptions {
  /** The first wait, in milliseconds. */
  readonly initialMs?: number;
  /** The longest wait, however many attempts failed. */
  readonly maxMs?: number;
}

/**
 * How long to wait before each retry: cockatiel's exponential backoff, capped at `maxMs`, with half jitter
 * (each wait between half and all of its step), so that replicas recovering together do not retry in
 * lockstep, also once they have reached the cap (where cockatiel's decorrelated jitter stops varying);
 * `reset()` after a success
 * starts again from the first wait. The one backoff of the store adapters, the relay, the in-process
 * transport and the projections (it lives here because each of those libs builds on this one).
 */
export class RetryDelays {
  private readonly first: ExponentialBackoff<unknown>;
  private current: IBackoff<unknown> | undefined;

  constructor({ initialMs = 100, maxMs = 10_000 }: RetryDelayOptions = {}) {
    this.first = new ExponentialBackoff({
      initialDelay: initialMs,
      maxDelay: maxMs,
      generator: halfJitterGenerator,
    });
  }

  /** The wait before the next attempt; each call is one more failed attempt. */
  next(): number {
    this.current = this.current === undefined ? this.first.next() : this.current.next(undefined);
    return Math.round(this.current.duration);
  }

  reset(): void {
    this.current = undefined;
  }
}
