import {
  CancelledError,
  DeadlineExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
} from '@eventstore/db-client';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ReconnectPolicy {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /** Consecutive failures tolerated before the subscription gives up and throws; a delivered event resets the count. */
  readonly maxAttempts: number;
  /** For logs and metrics: called before each wait. */
  readonly onReconnect?: (error: unknown, attempt: number, delayMs: number) => void;
}

/** A relay must outlive a rolling restart of the cluster, so by default it never gives up. */
export const defaultReconnectPolicy: ReconnectPolicy = {
  initialDelayMs: 100,
  maxDelayMs: 10_000,
  maxAttempts: Number.POSITIVE_INFINITY,
};

/**
 * The errors after which the client itself reconnects its channel (leader change, node down, server
 * cancelling a long call), plus timeouts. Access denied or a bad filter would fail again: those surface.
 */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof UnavailableError ||
    error instanceof CancelledError ||
    error instanceof NotLeaderError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError
  );
}

/** Resolves early, without throwing, when the signal aborts (the subscription was closed). */
export async function waitUnlessAborted(delayMs: number, signal: AbortSignal): Promise<void> {
  await sleep(delayMs, undefined, { signal }).catch(() => undefined);
}
