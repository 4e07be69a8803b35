import { setTimeout as sleep } from 'node:timers/promises';
import { startTestApi, TestApi } from '../helpers/test-api';
import { client, ROLE_TOKENS, Scenario, texasScenario } from '../integration/audit/audit-scenario';

jest.setTimeout(60_000);

let api: TestApi;
let tokens: Record<string, string>;
let scenario: Scenario;

beforeAll(async () => {
  // The timer is off under Jest unless a test turns it on.
  process.env.HSTF_AUDIT_CHECKPOINT_INTERVAL_MS = '200';
  try {
    api = await startTestApi();
  } finally {
    delete process.env.HSTF_AUDIT_CHECKPOINT_INTERVAL_MS;
  }
  tokens = await ROLE_TOKENS(api);
  scenario = await texasScenario(api, tokens);
}, 120_000);

afterAll(() => api?.close());

interface Checkpoint {
  readonly position: string;
  readonly runningHash: string;
  readonly events: number;
  readonly previous: { position: string; runningHash: string } | null;
  readonly algorithm: string;
  readonly keyId: string;
}

async function checkpoints(): Promise<{ keyId: string; checkpoints: Checkpoint[] }> {
  const { send, ok } = client(api, tokens);
  return (await ok(send('get', '/audit/checkpoints', 'auditor'))).body;
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) {
    const value = await probe();
    if (value !== undefined) return value;
  }
  throw new Error('timed out');
}

describe("the API's checkpoint timer", () => {
  it('signs checkpoints of the global log as it grows, each extending the one before', async () => {
    const signed = await until(async () => {
      const answer = await checkpoints();
      const covering = answer.checkpoints.filter(
        (c) => BigInt(c.position) >= BigInt(scenario.positions.pledged),
      );
      return covering.length >= 1 && answer.checkpoints.length >= 2 ? answer : undefined;
    });
    const [first, second] = signed.checkpoints;
    expect(first).toMatchObject({ previous: null, algorithm: 'Ed25519', keyId: signed.keyId });
    expect(second.previous).toEqual({ position: first.position, runningHash: first.runningHash });
    expect(second.events).toBeGreaterThan(first.events);
  });

  it('leaves checkpoints that the verifier accepts with the trusted key', async () => {
    const { send, ok } = client(api, tokens);
    const report = (await ok(send('get', '/audit/verify', 'supervisor'))).body;
    expect(report.ok).toBe(true);
    expect(report.checkpoints.verified).toBeGreaterThanOrEqual(2);
    expect(report.checkpoints.failures).toEqual([]);
  });
});
