import { loadOrCreateLocalKey } from '@hstf/auth';
import { runFuzz } from '../../bench/fuzz/fuzz-run';
import { startTestApi, TestApi } from '../helpers/test-api';

// The reduced run of `npm run bench:fuzz`: the same generator and checks, fewer requests, a fixed seed.
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2000);
const SEED = 20261202;

describe('hostile requests derived from the OpenAPI document', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  }, 60_000);

  afterAll(() => api?.close());

  it('are each answered 4xx problem+json or a documented success, append nothing when refused, and are each recorded', async () => {
    const result = await runFuzz(
      { url: api.url, store: api.store, key: await loadOrCreateLocalKey(api.dataDir) },
      { requests: REQUESTS, seed: SEED },
    );
    expect(result.failures).toEqual([]);
    expect(result).toMatchObject({
      requests: REQUESTS,
      serverErrors: 0,
      nonProblem4xx: 0,
      undocumentedSuccess: 0,
      transportErrors: 0,
      eventsAppendedByRefused: 0,
      unrecordedRequests: 0,
    });
    // Every operation of the document was sent at least once.
    const [reached, operations] = result.coverage.operations.split('/');
    expect(reached).toBe(operations);
    // Not a run of refusals only: valid requests got through and created what later ones act on.
    expect(result.accepted).toBeGreaterThanOrEqual(10);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  }, 600_000);
});
