import { JWTPayload, SignJWT } from 'jose';
import { loadOrCreateLocalKey, LocalKey } from '@hstf/auth';
import { startTestApi, TestApi } from '../helpers/test-api';

jest.setTimeout(60_000);

const HOUR = 3600;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Tokens signed with the API's own trusted key, so each is refused for its claims alone: the refusals the
 * token rules add, seen through the real API and its access audit.
 */
let api: TestApi;
let key: LocalKey;
let started: string;

beforeAll(async () => {
  api = await startTestApi();
  key = await loadOrCreateLocalKey(api.dataDir);
  started = new Date(Date.now() - 1000).toISOString();
}, 60_000);

afterAll(() => api?.close());

function sign(claims: JWTPayload, times: { iat?: number; exp?: number } = {}): Promise<string> {
  const iat = times.iat ?? nowSeconds();
  return new SignJWT({
    roles: ['supervisor'],
    states: [],
    sub: 'sup-1@test',
    ...claims,
    iat,
    exp: times.exp ?? iat + HOUR,
  })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setIssuer('hstf-command-center')
    .setAudience('hstf-api')
    .sign(key.privateKey);
}

const CASES: ReadonlyArray<[string, () => Promise<string>, string, RegExp]> = [
  [
    'a token issued for 13 hours',
    () => sign({}, { exp: nowSeconds() + 13 * HOUR }),
    'iat',
    /to live 13 hours/,
  ],
  ['a token issued an hour from now', () => sign({}, { iat: nowSeconds() + HOUR }), 'iat', /in the future/],
  ['the system subject "hstf-deadlines"', () => sign({ sub: 'hstf-deadlines' }), 'sub', /reserved/],
  [
    'the unknown agency "NOPE"',
    () => sign({ roles: ['liaison'], agency: 'NOPE' }),
    'agency',
    /"NOPE" is not an agency of the catalog/,
  ],
  ['a subject of 2,000 characters', () => sign({ sub: 'x'.repeat(2000) }), 'sub', /2000 characters long/],
  ['a subject with a NUL', () => sign({ sub: 'sup\u0000-1' }), 'sub', /"sup\\u0000-1" contains control/],
  ['a subject with a bell', () => sign({ sub: 'sup\u0007-1' }), 'sub', /"sup\\u0007-1" contains control/],
];

describe('tokens the API refuses for their claims', () => {
  it.each(CASES)(
    'answers %s with 401 problem+json naming the claim, and records it',
    async (label, token, claim, reason) => {
      const correlationId = `token-rules-${CASES.findIndex(([l]) => l === label)}`;
      const response = await api
        .http()
        .get('/directives')
        .set('authorization', `Bearer ${await token()}`)
        // The client's request id is kept in the access record: it finds this request's record.
        .set('x-correlation-id', correlationId);

      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 401, title: 'Unauthorized' });
      expect(response.body.detail).toContain(`claim "${claim}"`);
      expect(response.body.detail).toMatch(reason);

      const auditor = await api.token('auditor');
      const { body } = await api
        .http()
        .get(`/audit/access?from=${started}&type=token-refused&limit=1000`)
        .set('authorization', `Bearer ${auditor}`)
        .expect(200);
      const records = body.records.filter(
        (r: { clientRequestId?: string }) => r.clientRequestId === correlationId,
      );
      expect(records).toEqual([
        expect.objectContaining({ type: 'token-refused', outcome: 'failure', reason: response.body.detail }),
      ]);
      // What the audit keeps of a hostile claim is bounded and printable.
      expect(records[0].reason.length).toBeLessThanOrEqual(300);
      expect(records[0].reason).not.toMatch(/\p{Cc}/u);
      expect(records[0]).not.toHaveProperty('subject');
    },
  );

  it('accepts a token of a state agency once an admin registered it', async () => {
    const texan = await sign({
      sub: 'tx.liaison@test',
      roles: ['liaison'],
      agency: 'TX-DPS',
      states: ['TX'],
    });
    await api.http().get('/me/inbox').set('authorization', `Bearer ${texan}`).expect(401);
    await api
      .http()
      .post('/agencies')
      .set('authorization', `Bearer ${await api.token('admin')}`)
      .send({ code: 'TX-DPS', name: 'Texas DPS', kind: 'state', state: 'TX' })
      .expect(201);
    await api.http().get('/me/inbox').set('authorization', `Bearer ${texan}`).expect(200);
  });
});
