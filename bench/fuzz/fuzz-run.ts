import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { LocalKey } from '@hstf/auth';
import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import { EventStore, RecordedEvent } from '@hstf/event-store';
import {
  FuzzTokens,
  fuzzTokens,
  HOSTILE_BODIES,
  HOSTILE_HEADERS,
  HOSTILE_STRINGS,
  HOSTILE_VALUES,
  Random,
} from './hostile-input';
import { exampleOf, fieldsOf, FuzzOperation, OpenApiDocument, operationsOf } from './openapi-operations';

export interface FuzzTarget {
  readonly url: string;
  readonly store: EventStore;
  readonly key: LocalKey;
}

export interface FuzzFailure {
  readonly kind:
    'server-error' | 'non-problem-4xx' | 'undocumented-success' | 'appended-when-refused' | 'transport';
  readonly request: string;
  readonly status?: number;
  readonly detail: string;
}

export interface FuzzResult {
  readonly requests: number;
  readonly operations: number;
  readonly byStatus: Record<string, number>;
  readonly serverErrors: number;
  readonly nonProblem4xx: number;
  readonly undocumentedSuccess: number;
  readonly transportErrors: number;
  readonly eventsAppendedByRefused: number;
  readonly unrecordedRequests: number;
  readonly accepted: number;
  /** How much of the document the run reached: operations sent, and parameters and body fields broken. */
  readonly coverage: {
    readonly operations: string;
    readonly parameters: string;
    readonly bodyFields: string;
  };
  readonly failures: readonly FuzzFailure[];
}

interface Planned {
  /** What this request broke, for the coverage figures: `METHOD path param` or `METHOD path body.field`. */
  readonly broke?: string;
  readonly label: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: Buffer;
  readonly operation: FuzzOperation;
  /** The id the access record must carry, or undefined when a hostile header replaced it. */
  readonly clientRequestId?: string;
}

const SYSTEM_ROLE = 'system';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Sends hostile requests derived from the API's own OpenAPI document: every operation, each parameter and
 * body field broken in turn, under tokens of every role and tokens that must be refused. One at a time,
 * so that any domain event that appears after a refused request is that request's doing.
 */
export async function runFuzz(
  target: FuzzTarget,
  options: { readonly requests: number; readonly seed: number },
): Promise<FuzzResult> {
  const doc = (await (await fetch(`${target.url}/docs-json`)).json()) as OpenApiDocument;
  const operations = operationsOf(doc);
  const tokens = await fuzzTokens(target.key);
  const random = new Random(options.seed);
  const created = await seedWorld(target.url, tokens);
  const byStatus: Record<string, number> = {};
  const failures: FuzzFailure[] = [];
  const counts = { server: 0, nonProblem: 0, undocumented: 0, transport: 0, appended: 0, accepted: 0 };
  const expectedIds = new Set<string>();
  const reached = { operations: new Set<string>(), broken: new Set<string>() };
  let unparsed = 0;
  let head = await domainHead(target.store);
  let sent = 0;

  while (sent < options.requests) {
    const operation = random.pick(operations);
    const planned = plan(operation, doc, tokens, random, created, sent, target.url);
    if (!planned) continue;
    sent++;
    reached.operations.add(`${operation.method} ${operation.path}`);
    if (planned.broke) reached.broken.add(planned.broke);
    const answer = await send(planned);
    const newEvents = await domainEventsAfter(target.store, head);
    if (newEvents.length > 0) head = newEvents.at(-1)!.globalPosition;
    const status = answer.status;
    byStatus[status === 0 ? 'transport' : String(status)] = (byStatus[String(status)] ?? 0) + 1;
    const fail = (kind: FuzzFailure['kind'], detail: string) => {
      if (failures.length < 50)
        failures.push({ kind, request: planned.label, status, detail: detail.slice(0, 400) });
    };
    if (status === 0) {
      counts.transport++;
      fail('transport', answer.body);
    } else if (status >= 500) {
      counts.server++;
      fail('server-error', answer.body);
    } else if (status >= 400) {
      if (!answer.contentType.startsWith('application/problem+json')) {
        counts.nonProblem++;
        fail('non-problem-4xx', `${answer.contentType}: ${answer.body}`);
      }
    } else if (!operation.success.includes(status)) {
      counts.undocumented++;
      fail('undocumented-success', answer.body);
    }
    const refused = status === 0 || status >= 400;
    const appended = newEvents.filter(
      (event) => (event.metadata.actor as { role?: string })?.role !== SYSTEM_ROLE,
    );
    if (refused && appended.length > 0) {
      counts.appended += appended.length;
      fail('appended-when-refused', appended.map((event) => event.type).join(', '));
    }
    if (!refused && operation.method !== 'GET') {
      counts.accepted++;
      remember(created, operation.path, answer.body);
    }
    if (answer.correlated && planned.clientRequestId) expectedIds.add(planned.clientRequestId);
    if (!answer.correlated && status !== 0) unparsed++;
  }
  const unrecorded = await unrecordedRequests(target.store, expectedIds, unparsed);
  const every = everythingBreakable(operations, doc);
  const share = (hit: number, all: number) => `${hit}/${all}`;
  return {
    requests: sent,
    operations: operations.length,
    byStatus,
    serverErrors: counts.server,
    nonProblem4xx: counts.nonProblem,
    undocumentedSuccess: counts.undocumented,
    transportErrors: counts.transport,
    eventsAppendedByRefused: counts.appended,
    unrecordedRequests: unrecorded,
    accepted: counts.accepted,
    coverage: {
      operations: share(reached.operations.size, operations.length),
      parameters: share(
        [...every.parameters].filter((p) => reached.broken.has(p)).length,
        every.parameters.size,
      ),
      bodyFields: share([...every.fields].filter((f) => reached.broken.has(f)).length, every.fields.size),
    },
    failures,
  };
}

/**
 * A task force, a directive, a tasking and a pledge that valid and hostile requests can then act on, so
 * that they reach the deciders and the read models, not only the validation in front of them.
 */
async function seedWorld(url: string, tokens: FuzzTokens): Promise<Map<string, string[]>> {
  const header = (label: string) => tokens.roles.find((token) => token.label === label)!.header;
  const post = async (path: string, label: string, body: unknown): Promise<string | undefined> => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { authorization: header(label), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { id?: string };
    if (response.status >= 300)
      throw new Error(`seeding ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer.id;
  };
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  // A state agency exists once an admin registers it: until then its liaisons' tokens are refused.
  await post('/agencies', 'admin', {
    code: 'TX-DPS',
    name: 'Texas Department of Public Safety',
    kind: 'state',
    state: 'TX',
  });
  await post('/task-forces', 'operator', { state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' });
  await post('/task-forces/TX/members', 'operator', { agency: 'CBP', capabilities: ['law-enforcement'] });
  const directive = await post('/directives', 'operator', {
    title: 'Surge on southbound I-35 smuggling corridors',
    body: 'Coordinate interdiction at the Laredo checkpoints; report daily.',
    priority: 'priority',
    addressees: { states: ['TX'], agencies: ['FBI', 'DEA'] },
    authority: 'EO 14159 sec. 3(b)',
    effectiveAt: inDays(-1),
    acknowledgeBy: inDays(30),
  });
  const tasking = await post('/taskings', 'operator', {
    taskForce: 'TX',
    leadAgency: 'FBI',
    supportingAgencies: ['CBP'],
    objective: 'smuggling',
    title: 'Disrupt the Laredo stash-house network',
    instructions: 'Identify and surveil the stash houses named in the directive annex.',
    directiveId: directive,
    dueAt: inDays(60),
  });
  const commitment = await post('/commitments', 'liaison FBI', {
    agency: 'FBI',
    taskForce: 'TX',
    kind: 'personnel',
    quantity: 12,
    unit: 'agents',
    period: { from: inDays(-1), to: inDays(90) },
    appropriation: 'available',
  });
  return new Map([
    ['directives', [directive!]],
    ['taskings', [tasking!]],
    ['commitments', [commitment!]],
  ]);
}

function everythingBreakable(operations: readonly FuzzOperation[], doc: OpenApiDocument) {
  const parameters = new Set<string>();
  const fields = new Set<string>();
  for (const operation of operations) {
    const at = `${operation.method} ${operation.path}`;
    for (const parameter of operation.parameters) parameters.add(`${at} ${parameter.name}`);
    if (operation.body)
      for (const field of fieldsOf(operation.body, doc)) fields.add(`${at} body.${field.join('.')}`);
  }
  return { parameters, fields };
}

/** The aggregate a path's ids name, for reusing ids the fuzz created: deeper code runs on real streams. */
const resourceOf = (path: string): string => path.split('/')[1] ?? '';

function remember(created: Map<string, string[]>, path: string, body: string): void {
  try {
    const id = (JSON.parse(body) as { id?: unknown }).id;
    if (typeof id !== 'string') return;
    const list = created.get(resourceOf(path)) ?? [];
    if (list.length < 50) list.push(id);
    created.set(resourceOf(path), list);
  } catch {
    // Not every success answers with an id.
  }
}

const PLAIN_PARAMETERS: Record<string, () => string> = {
  state: () => 'TX',
  code: () => 'FBI',
  agency: () => 'CBP',
  department: () => 'DOJ',
  correlationId: () => randomUUID(),
};

function plan(
  operation: FuzzOperation,
  doc: OpenApiDocument,
  tokens: FuzzTokens,
  random: Random,
  created: Map<string, string[]>,
  index: number,
  base: string,
): Planned | undefined {
  const strategy = random.pick([
    'valid',
    'field',
    'field',
    'field',
    'body',
    'parameter',
    'parameter',
    'header',
    'token',
  ]);
  const token =
    strategy === 'token' || random.chance(0.15) ? random.pick(tokens.hostile) : random.pick(tokens.roles);
  const ids = created.get(resourceOf(operation.path)) ?? [];
  const known = (): string => (ids.length > 0 && random.chance(0.7) ? random.pick(ids) : randomUUID());
  const hostileParameter = strategy === 'parameter' ? random.pick(operation.parameters) : undefined;
  let path = operation.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    const hostile = parameter === hostileParameter ? random.pick(HOSTILE_STRINGS) : undefined;
    if (parameter.in === 'path') {
      const plain =
        PLAIN_PARAMETERS[parameter.name]?.() ??
        (parameter.name === 'streamId' ? `directive-${known()}` : known());
      const value = hostile ?? plain;
      if (LONE_SURROGATE.test(value)) return undefined; // a URL cannot carry it: nothing to send
      path = path.replace(`{${parameter.name}}`, encodeURIComponent(value));
    } else if (hostile !== undefined) {
      if (parameter.in === 'query') query.append(parameter.name, hostile);
      else if (/^[\x20-\x7e]*$/.test(hostile)) headers[parameter.name.toLowerCase()] = hostile;
    }
  }
  const clientRequestId = `fuzz-${index}`;
  Object.assign(headers, { 'x-correlation-id': clientRequestId });
  if (token.header) headers.authorization = token.header;
  if (strategy === 'header') Object.assign(headers, random.pick(HOSTILE_HEADERS));
  let body: Buffer | undefined;
  let broke = hostileParameter ? `${operation.method} ${operation.path} ${hostileParameter.name}` : undefined;
  if (operation.body) {
    headers['content-type'] = 'application/json';
    if (strategy === 'body') {
      const hostile = random.pick(HOSTILE_BODIES);
      body = Buffer.from(hostile.raw);
      if (hostile.type) headers['content-type'] = hostile.type;
      if (hostile.encoding) {
        headers['content-encoding'] = hostile.encoding;
        if (hostile.encoding === 'gzip') body = gzipSync(body);
      }
    } else {
      const value = exampleOf(operation.body, doc) as Record<string, unknown>;
      const field =
        strategy === 'field' ? breakField(value, fieldsOf(operation.body, doc), random) : undefined;
      if (field) broke = `${operation.method} ${operation.path} body.${field.join('.')}`;
      body = Buffer.from(JSON.stringify(value));
    }
  }
  const search = query.toString();
  return {
    label: `${operation.method} ${path}${search ? `?${search}` : ''} [${strategy}, ${token.label}]`.slice(
      0,
      300,
    ),
    method: operation.method,
    url: `${base}${path}${search ? `?${search}` : ''}`,
    headers,
    ...(body ? { body } : {}),
    operation,
    ...(broke ? { broke } : {}),
    ...(headers['x-correlation-id'] === clientRequestId ? { clientRequestId } : {}),
  };
}

/**
 * Sets one field (nested or not) to a hostile value, drops it, or adds one nobody asked for; answers the
 * field of the document it broke, if any.
 */
function breakField(
  value: Record<string, unknown>,
  fields: string[][],
  random: Random,
): string[] | undefined {
  if (fields.length === 0 || random.chance(0.1)) {
    value[random.pick(['unexpected', '__proto__', 'constructor', 'id'])] = random.pick(HOSTILE_VALUES);
    return undefined;
  }
  const field = random.pick(fields);
  let holder: Record<string, unknown> = value;
  for (const key of field.slice(0, -1)) {
    const next = holder[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) return undefined;
    holder = next as Record<string, unknown>;
  }
  const last = field.at(-1) as string;
  if (random.chance(0.15)) delete holder[last];
  else holder[last] = random.pick(HOSTILE_VALUES);
  return field;
}

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  /** The answer came through the API's request handling (it names the request's correlation id). */
  readonly correlated: boolean;
}

async function send(planned: Planned): Promise<Answer> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 30_000);
  try {
    const response = await fetch(planned.url, {
      method: planned.method,
      headers: planned.headers,
      ...(planned.body ? { body: planned.body } : {}),
      signal: abort.signal,
    });
    const contentType = response.headers.get('content-type') ?? '';
    const correlated = response.headers.has('x-correlation-id');
    // A feed that opened is a documented success; what it streams is the feed tests' business.
    if (contentType.startsWith('text/event-stream')) {
      abort.abort();
      return { status: response.status, contentType, body: '', correlated };
    }
    return { status: response.status, contentType, body: await response.text(), correlated };
  } catch (error) {
    return { status: 0, contentType: '', body: String((error as Error).cause ?? error), correlated: false };
  } finally {
    clearTimeout(timer);
  }
}

async function domainHead(store: EventStore): Promise<bigint | undefined> {
  let head: bigint | undefined;
  for (;;) {
    const page = await store.readAll({
      after: head,
      maxCount: 1000,
      filter: { streamPrefixes: DOMAIN_STREAM_PREFIXES },
    });
    if (page.length === 0) return head;
    head = page.at(-1)!.globalPosition;
  }
}

function domainEventsAfter(store: EventStore, head: bigint | undefined): Promise<RecordedEvent[]> {
  return store.readAll({ after: head, maxCount: 1000, filter: { streamPrefixes: DOMAIN_STREAM_PREFIXES } });
}

/**
 * How many requests left no access record: those the API read name their client request id; those it
 * could not read (a socket-level refusal) are matched by count with records of unparsed requests. The
 * last records are written after their answers, so the count is read again until it holds.
 */
async function unrecordedRequests(
  store: EventStore,
  expected: Set<string>,
  unparsed: number,
): Promise<number> {
  let missing = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 50 && missing > 0; attempt++) {
    const seen = new Set<string>();
    let unparsedRecords = 0;
    let after: bigint | undefined;
    for (;;) {
      const page = await store.readAll({ after, maxCount: 5000, filter: { streamPrefixes: ['access-'] } });
      if (page.length === 0) break;
      for (const event of page) {
        const record = event.data as { clientRequestId?: string; resource?: string };
        if (record.clientRequestId) seen.add(record.clientRequestId);
        if (record.resource === '(unparsed)') unparsedRecords++;
      }
      after = page.at(-1)!.globalPosition;
    }
    missing = [...expected].filter((id) => !seen.has(id)).length + Math.max(0, unparsed - unparsedRecords);
    if (missing > 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return missing;
}
