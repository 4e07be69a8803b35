import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startTestApi, TestApi } from '../helpers/test-api';
import { ROLE_TOKENS, Scenario, texasScenario } from '../integration/audit/audit-scenario';

jest.setTimeout(60_000);

let api: TestApi;
let tokens: Record<string, string>;
let scenario: Scenario;

beforeAll(async () => {
  api = await startTestApi();
  tokens = await ROLE_TOKENS(api);
  scenario = await texasScenario(api, tokens);
}, 120_000);

afterAll(() => api?.close());

const routes = (): string[] => [
  '/audit/streams/taskforce-TX',
  '/audit/streams/taskforce-TX/state',
  '/audit/task-forces/TX/board',
  `/audit/directives/${scenario.directiveId}/trail`,
  `/audit/correlations/${scenario.correlationId}`,
  '/audit/verify?stream=taskforce-TX',
  '/audit/verify',
  '/audit/checkpoints',
  '/audit/public-key',
  '/audit/access',
];

const get = (path: string, as?: string) => {
  const pending = api.http().get(path);
  return as === undefined ? pending : pending.set('authorization', `Bearer ${tokens[as]}`);
};

describe('who reaches /audit', () => {
  it.each(['supervisor', 'auditor'])('a %s reads every audit route', async (role) => {
    for (const path of routes()) {
      const response = await get(path, role);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
    }
  });

  it.each([
    ['an operator', 'operator'],
    ['an FBI liaison', 'FBI'],
    ['a CBP liaison', 'CBP'],
    ['an admin', 'admin'],
  ])('%s gets 403 problem+json on every audit route', async (_who, role) => {
    for (const path of routes()) {
      const response = await get(path, role);
      expect({ path, status: response.status, code: response.body.code }).toEqual({
        path,
        status: 403,
        code: 'AUDIT_ROLE_REQUIRED',
      });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('answers 401 without a token', async () => {
    for (const path of routes()) expect((await get(path)).status).toBe(401);
  });

  it('records each refused attempt as a failed audit read, with who tried', async () => {
    await get('/audit/verify', 'operator');
    const records = (
      await get('/audit/access?type=audit-read&outcome=failure&subject=op-1@test&limit=5000', 'auditor')
    ).body.records as { action: string; status: number; roles: string[] }[];
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'GET /audit/verify', status: 403, roles: ['operator'] }),
      ]),
    );
  });
});

describe('the embedded store', () => {
  it('is claimed by the API, so that `hstf audit` leaves it alone while the API runs', async () => {
    expect(await readFile(join(api.dataDir, 'event-store.owner'), 'utf8')).toBe(`${process.pid}\n`);
  });
});
