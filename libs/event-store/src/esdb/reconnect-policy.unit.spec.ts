import {
  AccessDeniedError,
  CancelledError,
  DeadlineExceededError,
  NotLeaderError,
  StreamNotFoundError,
  UnavailableError,
} from '@eventstore/db-client';
import { defaultReconnectPolicy, isTransient, reconnectDelay, waitUnlessAborted } from './reconnect-policy';

describe('EventStoreDB reconnect policy', () => {
  it('retries what the client reconnects on, and nothing that would fail again', () => {
    expect(isTransient(new UnavailableError())).toBe(true);
    expect(isTransient(new CancelledError())).toBe(true);
    expect(isTransient(new DeadlineExceededError())).toBe(true);
    // Its constructor wants the gRPC error that names the new leader; the class is what matters here.
    const notLeader = Object.assign(Object.create(NotLeaderError.prototype), { message: 'not leader' });
    expect(isTransient(notLeader)).toBe(true);
    expect(isTransient(new AccessDeniedError())).toBe(false);
    expect(isTransient(new StreamNotFoundError(undefined, 'x'))).toBe(false);
    expect(isTransient(new Error('bug'))).toBe(false);
  });

  it('doubles the ceiling per attempt up to the maximum, with full jitter', () => {
    const policy = { ...defaultReconnectPolicy, initialDelayMs: 100, maxDelayMs: 1_000 };
    expect([0, 1, 2, 3, 4].map((attempt) => reconnectDelay(policy, attempt, () => 1))).toEqual([
      100, 200, 400, 800, 1_000,
    ]);
    expect(reconnectDelay(policy, 3, () => 0.5)).toBe(400);
    expect(reconnectDelay(policy, 3, () => 0)).toBe(0);
  });

  it('stops waiting as soon as the subscription is closed', async () => {
    const abort = new AbortController();
    const started = Date.now();
    setTimeout(() => abort.abort(), 5);
    await waitUnlessAborted(60_000, abort.signal);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
