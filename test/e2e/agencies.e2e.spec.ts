import { FEDERAL_AGENCIES } from '@hstf/domain';
import type { Response, Test } from 'supertest';
import { allEvents, startTestApi, TestApi } from '../helpers/test-api';

const BODY_LIMIT = 4096;
// Registered once before the suite; refusal tests act on it, every other test registers its own code.
const SHARED = 'TX-DPS';

let api: TestApi;
const tokens: Record<string, string> = {};
let serial = 0;
/** A state/local code nobody registered yet, e.g. AZ-E2E3. */
const freshCode = (state = 'AZ'): string => `${state}-E2E${++serial}`;

jest.setTimeout(30_000);

beforeAll(async () => {
  api = await startTestApi({ HSTF_BODY_LIMIT_BYTES: String(BODY_LIMIT) });
  for (const role of ['operator', 'supervisor', 'auditor', 'admin'] as const)
    tokens[role] = await api.token(role);
  tokens.liaison = await api.token('liaison', { agency: 'TX-DPS', states: ['TX'] });
  await ok(send('post', '/agencies').send(registration(SHARED, 'TX')));
}, 60_000);

afterAll(() => api?.close());

function send(method: 'get' | 'post', path: string, as: string | null = 'admin'): Test {
  const pending = api.http()[method](path);
  return as === null ? pending : pending.set('authorization', `Bearer ${tokens[as] ?? as}`);
}

async function ok(pending: Test): Promise<Response> {
  const response = await pending;
  if (response.status >= 300) throw new Error(`${response.status}: ${JSON.stringify(response.body)}`);
  return response;
}

const registration = (code: string, state = code.slice(0, 2)) => ({
  code,
  name: `Police of ${code}`,
  kind: 'local',
  state,
});

const register = (code: string) => ok(send('post', '/agencies').send(registration(code)));

const eventCount = async (): Promise<number> => (await allEvents(api.store)).length;

/** A refused request answers problem+json with its status and appends nothing. */
async function refused(pending: () => Test, status: number): Promise<Record<string, unknown>> {
  const before = await eventCount();
  const response = await pending();
  expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { status } });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(await eventCount()).toBe(before);
  return response.body as Record<string, unknown>;
}

/** The fields a 400 names, each once (a field breaking two constraints is named twice). */
const fieldsOf = (problem: Record<string, unknown>): string[] => [
  ...new Set(((problem.errors ?? []) as { field: string }[]).map((error) => error.field)),
];

interface Endpoint {
  readonly name: string;
  readonly path: (code: string) => string;
  readonly body: (code: string) => Record<string, unknown>;
  readonly otherBody: (code: string) => Record<string, unknown>;
  readonly status: 200 | 201;
  readonly command: string;
  readonly eventType: string;
  /** A code the command applies to: unregistered for a registration, registered for a rename. */
  readonly target: () => Promise<string>;
  readonly effect: (entry: Record<string, unknown>, code: string) => void;
}

const REGISTER: Endpoint = {
  name: 'POST /agencies',
  path: () => '/agencies',
  body: (code) => registration(code),
  otherBody: (code) => ({ ...registration(code), name: 'Sheriff of the county', kind: 'state' }),
  status: 201,
  command: 'RegisterAgency',
  eventType: 'AgencyRegistered',
  target: async () => freshCode(),
  effect: (entry, code) =>
    expect(entry).toEqual({
      code,
      name: `Police of ${code}`,
      department: 'LOCAL',
      kind: 'local',
      state: 'AZ',
      origin: 'registered',
      revision: '0',
    }),
};

const RENAME: Endpoint = {
  name: 'POST /agencies/:code/name',
  path: (code) => `/agencies/${code}/name`,
  body: () => ({ name: 'Metropolitan Police' }),
  otherBody: () => ({ name: 'County Sheriff' }),
  status: 200,
  command: 'RenameAgency',
  eventType: 'AgencyRenamed',
  target: async () => {
    const code = freshCode();
    await register(code);
    return code;
  },
  effect: (entry) => expect(entry).toMatchObject({ name: 'Metropolitan Police', revision: '1' }),
};

describe.each([REGISTER, RENAME])('$name', (endpoint) => {
  const request = (code: string, as: string | null = 'admin') => send('post', endpoint.path(code), as);
  // Refused requests never reach the store, so they may all name the shared agency (or a fresh code).
  const refusedTarget = () => (endpoint === REGISTER ? freshCode() : SHARED);

  it('answers the new revision and global position, appends one event, and changes the catalog', async () => {
    const code = await endpoint.target();
    const count = await eventCount();
    const response = await request(code).send(endpoint.body(code));
    const revision = endpoint === REGISTER ? '0' : '1';
    expect(response.status).toBe(endpoint.status);
    expect(response.headers.etag).toBe(`"${revision}"`);
    expect(response.body).toEqual({
      id: code,
      streamId: `agency-${code}`,
      revision,
      position: response.headers['x-global-position'],
      eventIds: [expect.any(String)],
      replayed: false,
    });
    expect(response.body.position).toMatch(/^\d+$/);
    if (endpoint === REGISTER) expect(response.headers.location).toBe(`/agencies/${code}`);
    const events = await allEvents(api.store);
    expect(events).toHaveLength(count + 1);
    expect(events.at(-1)).toMatchObject({
      id: response.body.eventIds[0],
      type: endpoint.eventType,
      streamId: `agency-${code}`,
      metadata: { actor: { sub: 'admin@test', role: 'admin' } },
    });
    endpoint.effect((await ok(send('get', `/agencies/${code}`))).body, code);
  });

  it('answers 409 with the current revision for a stale If-Match', async () => {
    const problem = await refused(
      () => request(SHARED).set('If-Match', '"7"').send(endpoint.body(SHARED)),
      409,
    );
    expect(problem.currentRevision).toBe('0');
  });

  it('repeats the first answer for a retry with the same Idempotency-Key and body, appending nothing', async () => {
    const code = await endpoint.target();
    const key = `retry-${endpoint.command}-${code}`;
    const first = await request(code).set('Idempotency-Key', key).send(endpoint.body(code));
    expect(first.status).toBe(endpoint.status);
    const count = await eventCount();
    const retry = await request(code).set('Idempotency-Key', key).send(endpoint.body(code));
    expect(retry.status).toBe(endpoint.status);
    expect(retry.body).toEqual({ ...first.body, replayed: true });
    expect(await eventCount()).toBe(count);
    const problem = await refused(
      () => request(code).set('Idempotency-Key', key).send(endpoint.otherBody(code)),
      422,
    );
    expect(problem.type).toContain('idempotency-key-reused');
  });

  it('answers 400 naming an unknown field', async () => {
    const code = refusedTarget();
    const problem = await refused(() => request(code).send({ ...endpoint.body(code), acronym: 'DPS' }), 400);
    expect(problem.errors).toContainEqual({ field: 'acronym', reason: 'acronym is not a known field' });
  });

  it('answers 400 naming the body for malformed JSON', async () => {
    const problem = await refused(
      () => request(refusedTarget()).set('content-type', 'application/json').send("{'name': 'x'}"),
      400,
    );
    expect(fieldsOf(problem)).toEqual(['body']);
  });

  it('answers 401 without a token', async () => {
    const code = refusedTarget();
    await refused(() => request(code, null).send(endpoint.body(code)), 401);
  });

  it.each(['operator', 'supervisor', 'liaison', 'auditor'])('answers 403 to the role %s', async (role) => {
    const code = refusedTarget();
    const problem = await refused(() => request(code, role).send(endpoint.body(code)), 403);
    expect(problem.detail).toBe(`the role ${role} may not send ${endpoint.command}`);
  });

  it('answers 413 for a body over the limit', async () => {
    const code = refusedTarget();
    await refused(() => request(code).send({ ...endpoint.body(code), name: 'x'.repeat(BODY_LIMIT) }), 413);
  });

  it('answers 415 for a text/plain body', async () => {
    await refused(() => request(refusedTarget()).set('content-type', 'text/plain').send('Metro Police'), 415);
  });
});

describe('POST /agencies: input and rules', () => {
  it('answers 400 for every bad field at once', async () => {
    const problem = await refused(
      () => send('post', '/agencies').send({ code: 'tx-sheriff', name: '', kind: 'federal', state: 'Texas' }),
      400,
    );
    expect(fieldsOf(problem).sort()).toEqual(['code', 'kind', 'name', 'state']);
  });

  it('answers 400 for missing fields', async () => {
    const problem = await refused(() => send('post', '/agencies').send({}), 400);
    expect(new Set(fieldsOf(problem))).toEqual(new Set(['code', 'name', 'kind', 'state']));
  });

  it.each([
    ['AGENCY_ALREADY_REGISTERED', registration(SHARED, 'TX')],
    ['AGENCY_IN_FEDERAL_CATALOG', registration('CBP', 'TX')],
    ['AGENCY_INVALID_CODE', registration('TXSHERIFF', 'TX')],
    ['AGENCY_CODE_STATE_MISMATCH', registration('OK-OBN', 'TX')],
  ])('answers 422 %s', async (code, body) => {
    const problem = await refused(() => send('post', '/agencies').send(body), 422);
    expect(problem).toMatchObject({ code, title: 'Refused by a rule of the domain' });
  });
});

describe('POST /agencies/:code/name: input and rules', () => {
  const rename = (code: string, body: Record<string, unknown>) =>
    send('post', `/agencies/${code}/name`).send(body);

  it('answers 404 for a code nobody registered', async () => {
    const problem = await refused(() => rename('TX-GLO', { name: 'General Land Office' }), 404);
    expect(problem.detail).toContain('TX-GLO');
  });

  it('answers 400 naming `code` for a malformed code in the path', async () => {
    const problem = await refused(() => rename('tx dps', { name: 'Texas DPS' }), 400);
    expect(fieldsOf(problem)).toEqual(['code']);
  });

  it.each([[{}], [{ name: '' }], [{ name: ['Texas DPS'] }]])(
    'answers 400 naming `name` for %j',
    async (body) => {
      const problem = await refused(() => rename(SHARED, body), 400);
      expect(fieldsOf(problem)).toContain('name');
    },
  );

  it('answers 422 AGENCY_NAME_UNCHANGED for the name it has', async () => {
    const code = await RENAME.target();
    const problem = await refused(() => rename(code, { name: `Police of ${code}` }), 422);
    expect(problem.code).toBe('AGENCY_NAME_UNCHANGED');
  });

  it('answers 422 AGENCY_IN_FEDERAL_CATALOG for a federal agency', async () => {
    const problem = await refused(() => rename('FBI', { name: 'Bureau' }), 422);
    expect(problem.code).toBe('AGENCY_IN_FEDERAL_CATALOG');
  });
});

describe('GET /agencies', () => {
  it('lists the federal catalog, then registered agencies by code, to every role', async () => {
    const [second, first] = [freshCode('NM'), freshCode('AL')];
    await register(second);
    await register(first);
    for (const role of ['operator', 'supervisor', 'liaison', 'auditor', 'admin']) {
      const { body } = await ok(send('get', '/agencies', role));
      const codes = (body.agencies as { code: string }[]).map((agency) => agency.code);
      expect(codes.slice(0, FEDERAL_AGENCIES.length)).toEqual(FEDERAL_AGENCIES.map((agency) => agency.code));
      const registered = codes.slice(FEDERAL_AGENCIES.length);
      expect(registered).toEqual([...registered].sort());
      expect(registered).toEqual(expect.arrayContaining([SHARED, first, second]));
    }
  });

  it('shows a rename of a registered agency', async () => {
    const code = await RENAME.target();
    await ok(send('post', `/agencies/${code}/name`).send({ name: 'Renamed Police' }));
    const { body } = await ok(send('get', '/agencies', 'auditor'));
    expect(body.agencies).toContainEqual(
      expect.objectContaining({ code, name: 'Renamed Police', revision: '1' }),
    );
  });

  it('describes federal agencies with their department and parent', async () => {
    const { body } = await ok(send('get', '/agencies', 'operator'));
    expect(body.agencies).toContainEqual({
      code: 'FAMS',
      name: 'Federal Air Marshal Service',
      department: 'DHS',
      kind: 'federal',
      parent: 'TSA',
      origin: 'federal-catalog',
    });
  });

  it('answers 401 without a token', async () => {
    await refused(() => send('get', '/agencies', null), 401);
  });
});

describe('GET /agencies/:code', () => {
  it('answers a registered agency with its revision in ETag', async () => {
    const response = await ok(send('get', `/agencies/${SHARED}`, 'liaison'));
    expect(response.headers.etag).toBe('"0"');
    expect(response.body).toEqual({
      code: SHARED,
      name: `Police of ${SHARED}`,
      department: 'LOCAL',
      kind: 'local',
      state: 'TX',
      origin: 'registered',
      revision: '0',
    });
  });

  it('answers a federal agency without an ETag, as it has no stream', async () => {
    const response = await ok(send('get', '/agencies/ICE-HSI', 'auditor'));
    expect(response.headers.etag).toBeUndefined();
    expect(response.body).toMatchObject({ code: 'ICE-HSI', department: 'DHS', origin: 'federal-catalog' });
  });

  it('answers 404 for an unknown code, 400 for a malformed one, 401 without a token', async () => {
    await refused(() => send('get', '/agencies/NSA'), 404);
    expect(fieldsOf(await refused(() => send('get', '/agencies/tx-dps'), 400))).toEqual(['code']);
    await refused(() => send('get', `/agencies/${SHARED}`, null), 401);
  });
});
