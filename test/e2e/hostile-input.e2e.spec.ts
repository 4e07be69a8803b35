import { connect } from 'node:net';
import { domainEvents } from '../helpers/e2e';
import { startTestApi, TestApi } from '../helpers/test-api';

// Each defect hostile input found (issue 16), as a request: a clear 4xx problem+json naming the field,
// nothing appended, and an access record for the request, whatever refused it (a DTO, the body parser,
// Fastify's router, Node's HTTP parser).

const DIRECTIVE = {
  title: 'Surge on southbound I-35 smuggling corridors',
  body: 'Coordinate interdiction at the Laredo and San Antonio checkpoints; report daily.',
  priority: 'priority',
  addressees: { states: ['TX'], agencies: ['FBI'] },
  authority: 'EO 14159 sec. 3(b)',
  effectiveAt: '2026-01-01T00:00:00Z',
  acknowledgeBy: '2099-01-01T00:00:00Z',
};

const PLEDGE = {
  agency: 'FBI',
  taskForce: 'TX',
  kind: 'personnel',
  quantity: 12,
  unit: 'agents',
  period: { from: '2026-01-01T00:00:00Z', to: '2099-06-01T00:00:00Z' },
  appropriation: 'available',
};

const nested = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

interface Answer {
  readonly status: number;
  readonly type: string;
  readonly body: Record<string, unknown>;
  readonly correlationId: string | null;
}

/** Bytes as a hostile client writes them, past what fetch would let through. */
function raw(port: number, request: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, ...rest] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const type = /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? '';
      const correlationId = /x-correlation-id: ([^\r\n]+)/i.exec(head)?.[1] ?? null;
      resolve({ status, type, body: JSON.parse(rest.join('\r\n\r\n') || '{}'), correlationId });
    });
  });
}

describe('hostile input', () => {
  let api: TestApi;
  let operator: string;
  let fbi: string;
  let port: number;

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.token('operator');
    fbi = await api.token('liaison', { agency: 'FBI' });
    port = Number(new URL(api.url).port);
    const established = await fetch(`${api.url}/task-forces`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' }),
    });
    expect(established.status).toBe(201);
  }, 60_000);

  afterAll(() => api?.close());

  const send = async (
    method: string,
    path: string,
    options: { token?: string; body?: string; headers?: Record<string, string> } = {},
  ): Promise<Answer> => {
    const response = await fetch(`${api.url}${path}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined ? { body: options.body } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      correlationId: response.headers.get('x-correlation-id'),
    };
  };

  /** The answer is a problem+json of that status, and the store holds the same domain events as before. */
  async function refused(status: number, request: () => Promise<Answer>): Promise<Answer> {
    const before = await domainEvents(api);
    const answer = await request();
    expect({ status: answer.status, type: answer.type }).toEqual({
      status,
      type: expect.stringMatching(/^application\/problem\+json/),
    });
    expect(answer.body.status).toBe(status);
    expect(await domainEvents(api)).toEqual(before);
    return answer;
  }

  const fieldsOf = (answer: Answer): string[] =>
    ((answer.body.errors as { field: string }[] | undefined) ?? []).map((error) => error.field);

  it.each([
    ['JSON nested 10,000 deep', nested(10_000), 'a'],
    ['a NUL in the title', JSON.stringify({ ...DIRECTIVE, title: 'Surge\u0000' }), 'title'],
    ['a lone surrogate in the body', '{"title":"x","body":"\\ud800"}', 'body'],
    ['null where text is expected', JSON.stringify({ ...DIRECTIVE, title: null }), 'title'],
    ['no addressees', JSON.stringify({ ...DIRECTIVE, addressees: undefined }), 'addressees'],
    ['addressees as an array', JSON.stringify({ ...DIRECTIVE, addressees: ['TX'] }), 'addressees'],
    [
      'addressees states as null',
      JSON.stringify({ ...DIRECTIVE, addressees: { states: null, agencies: [] } }),
      'addressees.states',
    ],
  ])('refuses a directive with %s as a 400 naming the field', async (_what, body, field) => {
    const answer = await refused(400, () => send('POST', '/directives', { token: operator, body }));
    expect(fieldsOf(answer).some((named) => named.startsWith(field))).toBe(true);
  });

  it('refuses the effective time in the year 0000 that froze the state board', async () => {
    const body = JSON.stringify({ ...DIRECTIVE, effectiveAt: '0000-01-01T00:00:00Z' });
    const answer = await refused(400, () => send('POST', '/directives', { token: operator, body }));
    expect(answer.body.errors).toEqual([
      {
        field: 'effectiveAt',
        reason: expect.stringContaining('from 1970-01-01T00:00:00Z to 2200-01-01T00:00:00Z'),
      },
    ]);
    const board = await send('GET', '/task-forces/TX/board', { token: operator });
    expect(board.status).toBe(200);
  });

  it('refuses a pledge to a task force the agency is not a member of, or that does not exist', async () => {
    const dea = await api.token('liaison', { agency: 'DEA' });
    const notMember = await refused(422, () =>
      send('POST', '/commitments', { token: dea, body: JSON.stringify({ ...PLEDGE, agency: 'DEA' }) }),
    );
    expect(notMember.body.code).toBe('COMMITMENT_NOT_A_MEMBER');
    const nowhere = await refused(422, () =>
      send('POST', '/commitments', { token: fbi, body: JSON.stringify({ ...PLEDGE, taskForce: 'WY' }) }),
    );
    expect(nowhere.body.code).toBe('COMMITMENT_NOT_A_MEMBER');
    const member = await send('POST', '/commitments', { token: fbi, body: JSON.stringify(PLEDGE) });
    expect(member.status).toBe(201);
  });

  it.each([
    ['a quantity of 1e308', { quantity: 1e308 }],
    ['a quantity of 5e-324', { quantity: 5e-324 }],
    ['a unit with a zero-width space', { unit: 'agents\u200b' }],
    ['a unit with a right-to-left override', { unit: '\u202estnega' }],
  ])('refuses a pledge with %s, which would make a look-alike group in the totals', async (_what, change) => {
    const answer = await refused(422, () =>
      send('POST', '/commitments', { token: fbi, body: JSON.stringify({ ...PLEDGE, ...change }) }),
    );
    expect(String(answer.body.code)).toMatch(/^COMMITMENT_INVALID_(QUANTITY|TEXT)$/);
  });

  it.each([
    ['/directives?minPosition=18446744073709551617', 'minPosition'],
    ['/directives?minPosition=9999999999999999999', 'minPosition'],
    ['/directives?minPosition=-2', 'minPosition'],
    ['/task-forces/TX/board?minPosition=1e400', 'minPosition'],
    ['/audit/streams/directive-x?fromRevision=18446744073709551617', 'fromRevision'],
    ['/audit/streams/directive-x?limit=99999999999999999999', 'limit'],
    ['/audit/access?cursor=340282366920938463463374607431768211457', 'cursor'],
    ['/audit/task-forces/TX/board?atPosition=18446744073709551617', 'atPosition'],
  ])('answers a cursor, position, revision or limit beyond 64 bits with a 400: %s', async (path, field) => {
    const auditor = await api.token('auditor');
    const answer = await refused(400, () => send('GET', path, { token: auditor }));
    expect(fieldsOf(answer)).toContain(field);
  });

  it('answers an If-Match and a Last-Event-ID beyond 64 bits with a 400', async () => {
    const issued = await send('POST', '/directives', { token: operator, body: JSON.stringify(DIRECTIVE) });
    expect(issued.status).toBe(201);
    const answer = await refused(400, () =>
      send('POST', `/directives/${String(issued.body.id)}/acknowledgements`, {
        token: fbi,
        body: '{}',
        headers: { 'if-match': '"99999999999999999999"' },
      }),
    );
    expect(fieldsOf(answer)).toContain('If-Match');
    const feed = await refused(400, () =>
      send('GET', '/feeds/agencies/FBI', {
        token: fbi,
        headers: { 'last-event-id': '18446744073709551617' },
      }),
    );
    expect(fieldsOf(feed)).toContain('Last-Event-ID');
  });

  it('refuses a compressed body with a 415 and a body over the limit with a 413', async () => {
    await refused(415, () =>
      send('POST', '/directives', { token: operator, body: '{}', headers: { 'content-encoding': 'gzip' } }),
    );
    await refused(413, () =>
      send('POST', '/directives', { token: operator, body: JSON.stringify({ big: 'x'.repeat(300_000) }) }),
    );
  });

  it('renders the refusals made before any route runs as problem+json, each with an access record', async () => {
    const malformed = await refused(400, () =>
      raw(port, 'GET /directives/%zz HTTP/1.1\r\nHost: x\r\nX-Correlation-Id: bad-url-1\r\n\r\n'),
    );
    const tooLong = await refused(414, () =>
      raw(
        port,
        `GET /directives/${'a'.repeat(500)} HTTP/1.1\r\nHost: x\r\nX-Correlation-Id: long-url-1\r\n\r\n`,
      ),
    );
    const hugeHeaders = await refused(431, () =>
      raw(port, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`),
    );
    const badHeader = await refused(400, () =>
      raw(port, 'GET /health HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n'),
    );
    expect([malformed, tooLong, hugeHeaders, badHeader].map((answer) => answer.body.title)).toEqual([
      'Bad Request',
      'URI Too Long',
      'Request Header Fields Too Large',
      'Bad Request',
    ]);
    const records = await accessRecords(api);
    expect(records.map((record) => record.clientRequestId)).toEqual(
      expect.arrayContaining(['bad-url-1', 'long-url-1']),
    );
    expect(
      records.filter((record) => record.resource === '(unparsed)').map((record) => record.status),
    ).toEqual(expect.arrayContaining([431, 400]));
  });

  it('records every request, the public and the unauthenticated ones too', async () => {
    await send('GET', '/health', { headers: { 'x-correlation-id': 'public-1' } });
    await refused(401, () => send('GET', '/directives', { headers: { 'x-correlation-id': 'anonymous-1' } }));
    await refused(404, () => send('GET', '/no/such/route', { headers: { 'x-correlation-id': 'nowhere-1' } }));
    await refused(400, () =>
      send('POST', '/directives', {
        token: operator,
        body: '{',
        headers: { 'x-correlation-id': 'broken-1' },
      }),
    );
    const ids = (await accessRecords(api)).map((record) => record.clientRequestId);
    expect(ids).toEqual(expect.arrayContaining(['public-1', 'anonymous-1', 'nowhere-1', 'broken-1']));
  });
});

type Recorded = { clientRequestId?: string; resource?: string; status?: number };

/** The access records so far; the last are written after their answer, so read until they are all in. */
async function accessRecords(api: TestApi): Promise<Recorded[]> {
  const read = async () =>
    (await api.store.readAll({ maxCount: 100_000, filter: { streamPrefixes: ['access-'] } })).map(
      (event) => event.data as Recorded,
    );
  let records = await read();
  for (let settled = 0; settled < 3;) {
    await new Promise((resolve) => setImmediate(resolve));
    const again = await read();
    settled = again.length === records.length ? settled + 1 : 0;
    records = again;
  }
  return records;
}
