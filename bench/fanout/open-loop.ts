import { performance } from 'node:perf_hooks';

export interface OpenLoopResult {
  readonly sent: number;
  readonly accepted: number;
  readonly failed: number;
  readonly firstError?: string;
  /** Accepted commands per second over the run, from the first send to the last answer. */
  readonly achievedPerSecond: number;
  /** Milliseconds from send to 201, as the client saw them. */
  readonly responseMs: number[];
  /** Commands that waited for a free slot because `maxInFlight` were unanswered: the API fell behind. */
  readonly delayed: number;
}

/**
 * Sends `ratePerSecond` commands for `seconds` on a fixed schedule (open loop): a command leaves when its
 * time comes, whether or not earlier ones were answered, up to `maxInFlight` unanswered. A slower API
 * therefore shows as a lower achieved rate and longer responses, not as a politely slower client.
 */
export async function openLoop(
  ratePerSecond: number,
  seconds: number,
  maxInFlight: number,
  send: (n: number) => Promise<{ ok: true; at: number } | { ok: false; error: string }>,
): Promise<OpenLoopResult> {
  const total = Math.round(ratePerSecond * seconds);
  const interval = 1000 / ratePerSecond;
  const responseMs: number[] = [];
  let accepted = 0;
  let failed = 0;
  let delayed = 0;
  let inFlight = 0;
  let firstError: string | undefined;
  let lastAnswer = 0;
  const inFlightDone: (() => void)[] = [];
  const sends: Promise<void>[] = [];
  const started = performance.now();

  for (let n = 0; n < total; n++) {
    const due = started + n * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    if (inFlight >= maxInFlight) {
      delayed++;
      while (inFlight >= maxInFlight) await new Promise<void>((resolve) => inFlightDone.push(resolve));
    }
    inFlight++;
    const sentAt = performance.now();
    sends.push(
      send(n).then((answer) => {
        inFlight--;
        inFlightDone.shift()?.();
        lastAnswer = performance.now();
        if (answer.ok) {
          accepted++;
          responseMs.push(answer.at - sentAt);
        } else {
          failed++;
          firstError ??= answer.error;
        }
      }),
    );
  }
  await Promise.all(sends);
  return {
    sent: total,
    accepted,
    failed,
    firstError,
    achievedPerSecond: accepted / ((lastAnswer - started) / 1000),
    responseMs,
    delayed,
  };
}
