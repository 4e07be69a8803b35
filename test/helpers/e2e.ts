import type { Role } from '@hstf/auth';
import { isAuditStreamId } from '@hstf/audit';
import type { Response, Test } from 'supertest';
import { allEvents, startTestApi, TestApi } from './test-api';

// What the e2e suites (test/e2e) share: the same request plumbing, the same meaning of "refused, appending
// nothing", and the checks every command endpoint answers alike. Each suite keeps its own data, tables and
// rules; only what was written the same way in every suite lives here.

export type Method = 'get' | 'post' | 'put';
/** An RFC 9457 problem as the API answers it. */
export type Problem = Record<string, unknown>;
type StoredEvent = Awaited<ReturnType<typeof allEvents>>[number];

/** Who acts in a suite, by the name its tables use. */
export interface Actor {
  readonly role: Role;
  readonly agency?: string;
  readonly states?: readonly string[];
}

/** The four roles that act for no agency, each under its own name: every suite has them beside its liaisons. */
export const COMMAND_CENTRE: Readonly<Record<string, Actor>> = {
  operator: { role: 'operator' },
  supervisor: { role: 'supervisor' },
  auditor: { role: 'auditor' },
  admin: { role: 'admin' },
};

/** One token per actor, by name, so that tables can say who sends a request. */
export async function tokensFor(api: TestApi, actors: Readonly<Record<string, Actor>>) {
  const tokens: Record<string, string> = {};
  for (const [name, { role, agency, states }] of Object.entries(actors)) {
    tokens[name] = await api.token(role, { agency, states });
  }
  return tokens;
}

/** Awaits a request a test needs to succeed (a step of its setup), failing with the problem when it does not. */
export async function ok(pending: Test): Promise<Response> {
  const response = await pending;
  if (response.status >= 300) throw new Error(`${response.status}: ${JSON.stringify(response.body)}`);
  return response;
}

/**
 * The events the domain recorded, oldest first. The audit writes its own records (access log, checkpoints)
 * into the same store for every request, refused ones included; they are not domain facts and are left out
 * by their stream prefixes, as @hstf/contracts' audit-streams asks of anything counting what the domain did.
 */
export async function domainEvents(api: TestApi): Promise<StoredEvent[]> {
  return (await allEvents(api.store)).filter((event) => !isAuditStreamId(event.streamId));
}

/** The fields a 400 names, each once (a field breaking two constraints is named twice). */
export const fieldsOf = (problem: Problem): string[] => [
  ...new Set(((problem.errors ?? []) as { field: string }[]).map((error) => error.field)),
];

/**
 * A suite's API and the helpers it calls most, bound to them: `start` it in beforeAll (the API as
 * `npm start` runs it, `env` on top, and a token per actor), `close` it in afterAll.
 */
export interface E2eClient {
  start(actors: Readonly<Record<string, Actor>>, env?: Record<string, string>): Promise<void>;
  close(): Promise<void>;
  /** The running API, e.g. to mint a token a single test needs. */
  api(): TestApi;
  /** A request as an actor named at start (or as a raw token); null sends no Authorization header. */
  send(method: Method, path: string, as?: string | null): Test;
  eventCount(): Promise<number>;
  domainEvents(): Promise<StoredEvent[]>;
  /** A refused request answers problem+json with its status and appends nothing; answers the problem. */
  refused(pending: () => Test, status: number): Promise<Problem>;
}

export function e2eClient(defaultActor: string): E2eClient {
  let running: TestApi | undefined;
  let tokens: Record<string, string> = {};
  const api = (): TestApi => {
    if (!running) throw new Error('Start the e2e client in beforeAll first');
    return running;
  };
  const eventCount = async () => (await domainEvents(api())).length;
  return {
    async start(actors, env = {}) {
      running = await startTestApi(env);
      tokens = await tokensFor(running, actors);
    },
    close: async () => running?.close(),
    api,
    send(method, path, as = defaultActor) {
      const pending = api().http()[method](path);
      return as === null ? pending : pending.set('authorization', `Bearer ${tokens[as] ?? as}`);
    },
    eventCount,
    domainEvents: () => domainEvents(api()),
    async refused(pending, status) {
      const before = await eventCount();
      const response = await pending();
      expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { status } });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await eventCount()).toBe(before);
      return response.body as Problem;
    },
  };
}

/**
 * What every command answers when it is done: its status, the new revision in ETag and body, the stream,
 * the global position (header and body, a number), the one event appended, and that it is no replay.
 * `also` names what a command answers besides (a delivery's id).
 */
export function expectCommandAnswer(
  response: Response,
  expected: {
    readonly status: number;
    readonly id: string;
    readonly streamId: string;
    readonly revision: string;
    readonly also?: Record<string, unknown>;
  },
): void {
  const { status, id, streamId, revision, also } = expected;
  expect(response.status).toBe(status);
  expect(response.headers.etag).toBe(`"${revision}"`);
  expect(response.body).toEqual({
    id,
    streamId,
    revision,
    position: response.headers['x-global-position'],
    eventIds: [expect.any(String)],
    replayed: false,
    ...also,
  });
  expect(response.body.position).toMatch(/^\d+$/);
}

/** The command appended one event since `countBefore`: the one its answer names, at the position it names. */
export async function expectOneEventAppended(
  client: E2eClient,
  countBefore: number,
  response: Response,
  event: Record<string, unknown>,
): Promise<void> {
  const events = await client.domainEvents();
  expect(events).toHaveLength(countBefore + 1);
  expect(events.at(-1)).toMatchObject({
    id: response.body.eventIds[0],
    globalPosition: BigInt(response.body.position),
    ...event,
  });
}

/**
 * Idempotency-Key, as every command honours it: a retry with the same key and body repeats the first
 * answer (ETag too) and appends nothing; the same key with another body is refused 422. `send` sends a body
 * with the key set; `otherBody` is absent for a command with no field to vary. Answers both responses.
 */
export async function expectIdempotentRetry(
  client: E2eClient,
  retried: {
    readonly send: (body: Record<string, unknown>) => Test;
    readonly status: number;
    readonly body: Record<string, unknown>;
    readonly otherBody?: Record<string, unknown>;
  },
): Promise<{ first: Response; retry: Response }> {
  const { send, status, body, otherBody } = retried;
  const first = await send(body);
  expect(first.status).toBe(status);
  const count = await client.eventCount();
  const retry = await send(body);
  expect(retry.status).toBe(status);
  expect(retry.headers.etag).toBe(first.headers.etag);
  expect(retry.body).toEqual({ ...first.body, replayed: true });
  expect(await client.eventCount()).toBe(count);
  if (otherBody) {
    const problem = await client.refused(() => send(otherBody), 422);
    expect(problem.type).toContain('idempotency-key-reused');
  }
  return { first, retry };
}

/** A request to a command endpoint that nothing but its body, headers or token would refuse. */
export interface RefusalTarget {
  /** The request, as the suite's actor for the endpoint (as `as`; null: no token). */
  request(as?: string | null): Test;
  /** A body the endpoint accepts. */
  readonly body: Record<string, unknown>;
}

// A token signed by no key the API trusts (header {"alg":"ES256"}, empty claims, a made-up signature).
const FORGED_TOKEN = 'eyJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl';

/**
 * Declares the tests of what every command endpoint refuses before its own rules, alike everywhere: an
 * unknown field and malformed JSON (400), no or a forged token (401), a body over the limit the suite's API
 * was started with (413), a body that is not JSON (415). Each is refused with problem+json, appending nothing.
 */
export function itRefusesMalformedRequests(spec: {
  readonly client: E2eClient;
  readonly target: () => RefusalTarget | Promise<RefusalTarget>;
  /** An unknown field and a value for it, e.g. ['urgency', 'high']. */
  readonly unknownField: readonly [string, unknown];
  readonly malformedJson: string;
  readonly plainText: string;
  readonly bodyLimit: number;
}): void {
  const { target, bodyLimit } = spec;
  const { refused } = spec.client;

  it('answers 400 naming an unknown field', async () => {
    const [field, value] = spec.unknownField;
    const { request, body } = await target();
    const problem = await refused(() => request().send({ ...body, [field]: value }), 400);
    expect(problem.errors).toContainEqual({ field, reason: `${field} is not a known field` });
  });

  it('answers 400 naming the body for malformed JSON', async () => {
    const { request } = await target();
    const problem = await refused(
      () => request().set('content-type', 'application/json').send(spec.malformedJson),
      400,
    );
    expect(fieldsOf(problem)).toEqual(['body']);
  });

  it('answers 401 without a token and with a forged one', async () => {
    const { request, body } = await target();
    await refused(() => request(null).send(body), 401);
    await refused(() => request(FORGED_TOKEN).send(body), 401);
  });

  it('answers 413 for a body over the limit', async () => {
    const { request, body } = await target();
    await refused(() => request().send({ ...body, padding: 'x'.repeat(bodyLimit) }), 413);
  });

  it('answers 415 for a text/plain body', async () => {
    const { request } = await target();
    await refused(() => request().set('content-type', 'text/plain').send(spec.plainText), 415);
  });
}
