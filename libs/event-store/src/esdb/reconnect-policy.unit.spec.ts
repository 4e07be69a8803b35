import {
  AccessDeniedError,
  CancelledError,
  DeadlineExceededError,
  NotLeaderError,
  StreamNotFoundError,
  UnavailableError,
} from '@eventstore/db-client';
import { isTransient, waitUnlessAborted } from './reconnect-policy';

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

  it('stops waiting as soon as the subscription is closed', async () => {
    const abort = new AbortController();
    const started = Date.now();
    setTimeout(() => abort.abort(), 5);
    await waitUnlessAborted(60_000, abort.signal);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
