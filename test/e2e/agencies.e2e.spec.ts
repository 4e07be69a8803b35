import { FEDERAL_AGENCIES } from '@hstf/domain';
import {
  COMMAND_CENTRE,
  e2eClient,
  expectCommandAnswer,
  expectIdempotentRetry,
  expectOneEventAppended,
  fieldsOf,
  itRefusesMalformedRequests,
  ok,
} from '../helpers/e2e';

const BODY_LIMIT = 4096;
// Registered once before the suite; refusal tests act on it, every other test registers its own code.
const SHARED = 'TX-DPS';

let serial = 0;
/** A state/local code nobody registered yet, e.g. AZ-E2E3. */
const freshCode = (state = 'AZ'): string => `${state}-E2E${++serial}`;

const client = e2eClient('admin');
const { send, refused, eventCount } = client;

jest.setTimeout(30_000);

beforeAll(async () => {
  await client.start(
    {
      ...COMMAND_CENTRE,
      liaison: { role: 'liaison', agency: 'TX-DPS', states: ['TX'] },
    },
    { HSTF_BODY_LIMIT_BYTES: String(BODY_LIMIT) },
  );
  await ok(send('post', '/agencies').send(registration(SHARED, 'TX')));
}, 60_000);

afterAll(() => client.close());

const registration = (code: string, state = code.slice(0, 2)) => ({
  code,
  name: `Police of ${code}`,
  kind: 'local',
  state,
});

const register = (code: string) => ok(send('post', '/agencies').send(registration(code)));

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
    expectCommandAnswer(response, {
      status: endpoint.status,
      id: code,
      streamId: `agency-${code}`,
      revision,
    });
    if (endpoint === REGISTER) expect(response.headers.location).toBe(`/agencies/${code}`);
    await expectOneEventAppended(client, count, response, {
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
    await expectIdempotentRetry(client, {
      send: (body) => request(code).set('Idempotency-Key', key).send(body),
      status: endpoint.status,
      body: endpoint.body(code),
      otherBody: endpoint.otherBody(code),
    });
  });

  itRefusesMalformedRequests({
    client,
    target: () => {
      const code = refusedTarget();
      return { request: (as) => request(code, as), body: endpoint.body(code) };
    },
    unknownField: ['acronym', 'DPS'],
    malformedJson: "{'name': 'x'}",
    plainText: 'Metro Police',
    bodyLimit: BODY_LIMIT,
  });

  it.each(['operator', 'supervisor', 'liaison', 'auditor'])('answers 403 to the role %s', async (role) => {
    const code = refusedTarget();
    const problem = await refused(() => request(code, role).send(endpoint.body(code)), 403);
    expect(problem.detail).toBe(`the role ${role} may not send ${endpoint.command}`);
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
