import { Actor, canAudit, LocalKey } from '@hstf/auth';
import { eventRegistry, HstfEvent } from '@hstf/contracts';
import {
  agencyDecider,
  AGENCY_STREAM_PREFIX,
  coLeadAgencies,
  commitmentDecider,
  COMMITMENT_STREAM_PREFIX,
  Decider,
  directiveDecider,
  DIRECTIVE_STREAM_PREFIX,
  Event,
  mayRead,
  mayReadAgency,
  mayReadState,
  mayReadTextOf,
  Reader,
  FORFEITURE_STREAM_PREFIX,
  forfeitureDecider,
  OUTREACH_STREAM_PREFIX,
  outreachDecider,
  readsEverything,
  readsRestricted,
  referralDecider,
  REFERRAL_STREAM_PREFIX,
  reportDecider,
  REPORT_STREAM_PREFIX,
  Scope,
  taskForceDecider,
  TaskForceState,
  TASK_FORCE_STREAM_PREFIX,
  taskingDecider,
  TASKING_STREAM_PREFIX,
} from '@hstf/domain';
import { EventStore, RecordedEvent } from '@hstf/event-store';
import { SseConnection, SseRefused } from '../feeds/sse-client';
import { OpenApiDocument, operationsOf } from '../fuzz/openapi-operations';
import { buildWorld, MatrixActor, tokenOf, World, WORLD_STATES } from './access-world';
import { checkTopics } from './topic-checks';

/**
 * The access matrix of issue 11: every reader (the command center's roles and liaisons in every relation to
 * the data) x every GET of the OpenAPI document that reads domain data x every id, state and agency of a
 * world built through the API. The expected visibility comes from the domain's rule (`mayRead`,
 * `mayReadState`, `mayReadAgency`, `mayReadTextOf`) applied to the scopes folded from the event store by
 * the domain's deciders, never from a table written by hand. Each body is read: an id it holds must be one
 * its reader may read, an item the endpoint lists for the command center and the reader may read must be
 * there, and no marker of a text the reader may not read may appear; a refusal must name nothing the
 * reader did not name itself.
 */

export interface MatrixTarget {
  readonly url: string;
  readonly store: EventStore;
  readonly key: LocalKey;
}

export interface MatrixOptions {
  readonly actors: readonly MatrixActor[];
  /** How many times over the world is built (the full run reads a bigger one). */
  readonly rounds: number;
  /** Requests in flight at once. */
  readonly concurrency?: number;
}

export type MatrixFailureKind = 'out-of-scope' | 'missing' | 'status' | 'refusal-names' | 'feed';

export interface MatrixFailure {
  readonly kind: MatrixFailureKind;
  readonly actor: string;
  readonly endpoint: string;
  readonly request: string;
  readonly item?: string;
  readonly detail: string;
}

export interface MatrixResult {
  /** Every comparison of a body, a status or a refusal with what the domain's rule expects. */
  readonly accessChecks: number;
  /** Items (ids, or marked texts) a body showed to a reader the rule does not let read them. */
  readonly outOfScopeItems: number;
  /** Items the endpoint lists for the command center, that the reader may read, missing from its body. */
  readonly missingItems: number;
  /** Answers of the wrong status, refusals naming what the reader did not, feeds not read to their end. */
  readonly otherFailures: number;
  readonly requests: number;
  readonly actors: number;
  readonly world: {
    readonly directives: number;
    readonly taskings: number;
    readonly commitments: number;
    readonly reports: number;
    readonly referrals: number;
    readonly forfeitures: number;
    readonly outreach: number;
    readonly events: number;
    readonly markers: number;
  };
  /** The GET operations of the document the matrix reads, and those it leaves out with the reason. */
  readonly endpoints: {
    readonly read: readonly string[];
    readonly notDomainData: Record<string, string>;
    readonly unclassified: readonly string[];
  };
  readonly checksByEndpoint: Record<string, number>;
  /** Checks of items by the reader's relation to the item: command center, own agency, own state, ... */
  readonly checksByRelation: Record<string, number>;
  readonly failures: readonly MatrixFailure[];
}

// GETs that read no domain data: reference data every caller reads, and the service's own endpoints.
const NOT_DOMAIN_DATA: Record<string, string> = {
  'GET /health': 'service health',
  'GET /metrics': 'Prometheus metrics',
  'GET /agencies': 'the agency catalog (reference data, the same for every caller)',
  'GET /agencies/{code}': 'one agency of the catalog (reference data)',
};

const DECIDERS: readonly (readonly [string, Decider<never, Event, unknown>])[] = [
  [DIRECTIVE_STREAM_PREFIX, directiveDecider as unknown as Decider<never, Event, unknown>],
  [TASKING_STREAM_PREFIX, taskingDecider as unknown as Decider<never, Event, unknown>],
  [COMMITMENT_STREAM_PREFIX, commitmentDecider as unknown as Decider<never, Event, unknown>],
  [REPORT_STREAM_PREFIX, reportDecider as unknown as Decider<never, Event, unknown>],
  [REFERRAL_STREAM_PREFIX, referralDecider as unknown as Decider<never, Event, unknown>],
  [FORFEITURE_STREAM_PREFIX, forfeitureDecider as unknown as Decider<never, Event, unknown>],
  [OUTREACH_STREAM_PREFIX, outreachDecider as unknown as Decider<never, Event, unknown>],
  [TASK_FORCE_STREAM_PREFIX, taskForceDecider as unknown as Decider<never, Event, unknown>],
  [AGENCY_STREAM_PREFIX, agencyDecider as unknown as Decider<never, Event, unknown>],
];

interface StreamFacts {
  readonly streamId: string;
  readonly state: unknown;
  /** The aggregate's scope now, folded by its decider: what GET and the read models go by. */
  readonly scope: Scope;
  /** The scopes stamped on its events: a feed item is one event. */
  readonly eventScopes: readonly Scope[];
}

/** What the event store says, folded by the domain: the oracle. */
interface Oracle {
  readonly streams: Map<string, StreamFacts>;
  /** Aggregate ids and event ids, each to its stream. */
  readonly streamOfId: Map<string, string>;
  readonly events: readonly RecordedEvent[];
  readonly eventScope: Map<string, Scope>;
}

async function oracleOf(store: EventStore): Promise<Oracle> {
  const events = (await store.readAll({ maxCount: 1_000_000 })).filter((event) =>
    DECIDERS.some(([prefix]) => event.streamId.startsWith(prefix)),
  );
  const byStream = new Map<string, RecordedEvent[]>();
  for (const event of events) byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
  const streams = new Map<string, StreamFacts>();
  const streamOfId = new Map<string, string>();
  const eventScope = new Map<string, Scope>();
  for (const [streamId, recorded] of byStream) {
    const [prefix, decider] = DECIDERS.find(([p]) => streamId.startsWith(p)) as (typeof DECIDERS)[number];
    const state = recorded.reduce((current, event) => {
      const version = Number(event.metadata.schemaVersion ?? 1);
      const { data } = eventRegistry.upcast(event.type as HstfEvent['type'], version, event.data);
      return decider.evolve(current, { type: event.type, data } as Event);
    }, decider.initialState);
    const eventScopes = recorded.map((event) => event.metadata.scope as Scope);
    streams.set(streamId, { streamId, state, scope: decider.scope(state), eventScopes });
    streamOfId.set(streamId.slice(prefix.length), streamId);
    recorded.forEach((event, i) => {
      streamOfId.set(event.id, streamId);
      eventScope.set(event.id, eventScopes[i]);
    });
  }
  return { streams, streamOfId, events, eventScope };
}

/** The reader as the domain sees it: the states it co-leads come from the task forces in the store. */
function readerOf(actor: MatrixActor, oracle: Oracle): Reader {
  const coLedStates = [...oracle.streams.values()]
    .filter((facts) => facts.streamId.startsWith(TASK_FORCE_STREAM_PREFIX))
    .map((facts) => facts.state as TaskForceState)
    .filter((state) => state.status === 'established' && coLeadAgencies(state).includes(actor.agency ?? ''))
    .map((state) => (state.status === 'established' ? state.state : ''));
  return { roles: actor.roles, agency: actor.agency, states: actor.states, coLedStates };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

/** One concrete request of a GET operation, and what the rule says of it for a reader. */
interface Probe {
  readonly endpoint: string;
  readonly path: string;
  readonly feed?: 'agency' | 'state' | 'command-center' | 'supervision' | 'victims';
  /**
   * What the feed's last item holds, when it is not the world's sentinel (a feed of victims' records ends
   * with the last one of its audience); null for a feed with no item at all, read for a moment.
   */
  readonly until?: string | null;
  /** May this reader be answered at all (else a refusal that names nothing)? */
  readonly answered: (reader: Reader, actor: MatrixActor) => boolean;
  /** The statuses a refusal may have: 404 only where a 403 would tell that the item exists. */
  readonly refusals: readonly number[];
  /** The request whose command-center answer lists every item this one may list (completeness). */
  readonly reference?: (actor: MatrixActor) => string;
  /** The feed's audience: every event whose scope names it is an item of the feed. */
  readonly audience?: (scope: Scope) => boolean;
  /** For a GET by id: the stream it reads and the exact 404 it answers when the reader may not. */
  readonly byId?: { readonly streamId: string; readonly notFound: string };
}

const always = () => true;

function probesOf(
  operationPath: string,
  world: World,
  oracle: Oracle,
  position: string,
): Probe[] | undefined {
  const endpoint = `GET ${operationPath}`;
  const wait = `minPosition=${position}`;
  const mayReadStream = (streamId: string) => (reader: Reader) => {
    const facts = oracle.streams.get(streamId);
    return facts !== undefined && mayRead(reader, facts.scope);
  };
  const byId = (name: string, prefix: string, ids: readonly string[], path: (id: string) => string) =>
    [...ids, '00000000-0000-4000-8000-000000000000'].map((id) => ({
      endpoint,
      path: path(id),
      answered: mayReadStream(`${prefix}${id}`),
      refusals: [404],
      byId: { streamId: `${prefix}${id}`, notFound: `No ${name} with id ${id}.` },
    }));
  const liaisonOnly = (actor: MatrixActor) => actor.roles.every((role) => role === 'liaison');
  const auditor = (_reader: Reader, actor: MatrixActor) => canAudit(actor as unknown as Actor);
  const audit = (path: string): Probe => ({ endpoint, path, answered: auditor, refusals: [403] });
  const streamIds = [...oracle.streams.keys()];
  switch (operationPath) {
    case '/directives/{id}':
      return byId('directive', DIRECTIVE_STREAM_PREFIX, world.directives, (id) => `/directives/${id}`);
    case '/taskings/{id}':
      return byId('tasking', TASKING_STREAM_PREFIX, world.taskings, (id) => `/taskings/${id}`);
    case '/commitments/{id}':
      return byId('commitment', COMMITMENT_STREAM_PREFIX, world.commitments, (id) => `/commitments/${id}`);
    case '/referrals/{id}':
      return byId('referral', REFERRAL_STREAM_PREFIX, world.referrals, (id) => `/referrals/${id}`);
    case '/forfeitures/{id}':
      return byId('forfeiture', FORFEITURE_STREAM_PREFIX, world.forfeitures, (id) => `/forfeitures/${id}`);
    case '/remission/ledger':
      // Totals only: who is answered is what is checked (by the rule of the ledger's controller).
      return ['', '&state=TX'].map((state) => ({
        endpoint,
        path: `/remission/ledger?${wait}${state}`,
        answered: (reader: Reader) =>
          mayRead(reader, { states: [], agencies: ['DOJ-MLARS', 'CCHT'], restricted: true }),
        refusals: [403],
      }));
    case '/outreach/{id}':
      return byId('outreach', OUTREACH_STREAM_PREFIX, world.outreach, (id) => `/outreach/${id}`);
    case '/outreach/campaigns':
      return ['', '&state=TX', '&state=AZ'].map((state) => ({
        endpoint,
        path: `/outreach/campaigns?${wait}${state}`,
        answered: always,
        refusals: [],
        reference: () => `/outreach/campaigns?${wait}${state}`,
      }));
    case '/outreach/states/{state}':
      return WORLD_STATES.map((state) => ({
        endpoint,
        path: `/outreach/states/${state}?${wait}`,
        answered: (reader: Reader) => mayReadState(reader, state),
        refusals: [403],
        reference: () => `/outreach/states/${state}?${wait}`,
      }));
    case '/outreach/national':
      return [
        {
          endpoint,
          path: `/outreach/national?${wait}`,
          answered: readsEverything,
          refusals: [403],
          reference: () => `/outreach/national?${wait}`,
        },
      ];
    case '/victim-services/summary':
      // Counts only, no ids: who is answered at all is what is checked.
      return ['', '&state=TX'].map((state) => ({
        endpoint,
        path: `/victim-services/summary?${wait}${state}`,
        answered: (reader: Reader) =>
          readsRestricted(reader) || (reader.roles.includes('liaison') && reader.agency === 'CCHT'),
        refusals: [403],
      }));
    case '/feeds/agencies/{code}/victims':
      return world.agencies.map((code) => {
        const last = oracle.events
          .filter((e) => {
            const scope = e.metadata.scope as Scope;
            return scope.restricted === true && scope.agencies.includes(code);
          })
          .at(-1);
        return {
          endpoint,
          path: `/feeds/agencies/${code}/victims`,
          feed: 'victims' as const,
          until: last?.id ?? null,
          answered: (reader: Reader) =>
            readsRestricted(reader) || (reader.roles.includes('liaison') && reader.agency === code),
          refusals: [403],
          audience: (scope: Scope) => scope.restricted === true && scope.agencies.includes(code),
        };
      });
    case '/feeds/supervision':
      return [
        {
          endpoint,
          path: '/feeds/supervision',
          feed: 'supervision',
          until: world.restrictedSentinel,
          answered: readsRestricted,
          refusals: [403],
          audience: (scope: Scope) => scope.restricted === true,
        },
      ];
    case '/reports/{id}':
      return byId('report', REPORT_STREAM_PREFIX, world.reports, (id) => `/reports/${id}`);
    case '/task-forces/{state}':
      return WORLD_STATES.map((state) => ({
        endpoint,
        path: `/task-forces/${state}`,
        answered: mayReadStream(`${TASK_FORCE_STREAM_PREFIX}${state}`),
        refusals: [404],
        byId: {
          streamId: `${TASK_FORCE_STREAM_PREFIX}${state}`,
          notFound: `No task force with id ${state}.`,
        },
      }));
    case '/task-forces/{state}/board':
      return WORLD_STATES.map((state) => ({
        endpoint,
        path: `/task-forces/${state}/board?${wait}`,
        answered: (reader: Reader) => mayReadState(reader, state),
        refusals: [403, 404],
        reference: () => `/task-forces/${state}/board?${wait}`,
      }));
    case '/agencies/{code}/inbox':
      return world.agencies.flatMap((code) =>
        ['', '&includeClosed=true'].map((closed) => ({
          endpoint,
          path: `/agencies/${code}/inbox?${wait}${closed}`,
          answered: (reader: Reader) => mayReadAgency(reader, code),
          refusals: [403, 404],
          reference: () => `/agencies/${code}/inbox?${wait}${closed}`,
        })),
      );
    case '/overview':
      return [
        {
          endpoint,
          path: `/overview?${wait}`,
          answered: readsEverything,
          refusals: [403],
          reference: () => `/overview?${wait}`,
        },
      ];
    case '/taskings':
      // A liaison lists what its own agency leads or supports: the command center's list of the same.
      return ['', ...WORLD_STATES.map((s) => `state=${s}`), ...world.agencies.map((a) => `agency=${a}`)].map(
        (filter) => ({
          endpoint,
          path: `/taskings?${wait}${filter ? `&${filter}` : ''}`,
          answered: always,
          refusals: [],
          reference: (actor: MatrixActor) => {
            const own = liaisonOnly(actor) ? `&agency=${actor.agency}` : '';
            const kept = filter.startsWith('agency=') && own ? '' : filter ? `&${filter}` : '';
            return `/taskings?${wait}${kept}${own}`;
          },
        }),
      );
    case '/directives':
      return [
        { endpoint, path: `/directives?${wait}`, answered: readsEverything, refusals: [403] },
        ...world.agencies.flatMap((code) =>
          ['', '&awaiting=true'].map((awaiting) => ({
            endpoint,
            path: `/directives?${wait}&addressee=${code}${awaiting}`,
            answered: (reader: Reader) => mayReadAgency(reader, code),
            refusals: [403],
            reference: () => `/directives?${wait}&addressee=${code}${awaiting}`,
          })),
        ),
      ].map((probe) => ({ reference: () => probe.path, ...probe }));
    case '/tallies/national':
      return [
        {
          endpoint,
          path: `/tallies/national?${wait}`,
          answered: readsEverything,
          refusals: [403],
          reference: () => `/tallies/national?${wait}`,
        },
      ];
    case '/tallies/states/{state}':
      return WORLD_STATES.flatMap((state) =>
        ['', '&tier=charged'].map((tier) => ({
          endpoint,
          path: `/tallies/states/${state}?${wait}${tier}`,
          answered: (reader: Reader) => mayReadState(reader, state),
          refusals: [403],
          reference: () => `/tallies/states/${state}?${wait}${tier}`,
        })),
      );
    case '/tallies/agencies/{code}':
      return world.agencies.map((code) => ({
        endpoint,
        path: `/tallies/agencies/${code}?${wait}`,
        answered: (reader: Reader) => mayReadAgency(reader, code),
        refusals: [403],
        reference: () => `/tallies/agencies/${code}?${wait}`,
      }));
    case '/reports/press-summary':
      return [
        {
          endpoint,
          path: `/reports/press-summary?${wait}`,
          answered: readsEverything,
          refusals: [403],
          reference: () => `/reports/press-summary?${wait}`,
        },
        ...WORLD_STATES.map((state) => ({
          endpoint,
          path: `/reports/press-summary?${wait}&state=${state}`,
          answered: (reader: Reader) => mayReadState(reader, state),
          refusals: [403],
          reference: () => `/reports/press-summary?${wait}&state=${state}`,
        })),
      ];
    case '/me/inbox':
      // A to-do of the liaison's own: no request of the command center lists the same, so only what it
      // shows is checked (each item readable, no other agency's words), not that everything is there.
      return [
        {
          endpoint,
          path: `/me/inbox?${wait}`,
          answered: (reader: Reader) => reader.roles.includes('liaison') && reader.agency !== undefined,
          refusals: [403],
        },
      ];
    case '/audit/streams/{streamId}':
      return streamIds.map((id) => audit(`/audit/streams/${id}`));
    case '/audit/streams/{streamId}/state':
      return streamIds.map((id) => audit(`/audit/streams/${id}/state`));
    case '/audit/directives/{id}/trail':
      return world.directives.map((id) => audit(`/audit/directives/${id}/trail`));
    case '/audit/correlations/{correlationId}':
      return [...new Set(oracle.events.map((event) => String(event.metadata.correlationId)))]
        .slice(0, 5)
        .map((id) => audit(`/audit/correlations/${id}`));
    case '/audit/task-forces/{state}/board':
      return WORLD_STATES.map((state) => audit(`/audit/task-forces/${state}/board`));
    case '/audit/access':
    case '/audit/verify':
    case '/audit/checkpoints':
    case '/audit/public-key':
      return [audit(operationPath)];
    case '/feeds/agencies/{code}':
      return world.agencies.map((code) => ({
        endpoint,
        path: `/feeds/agencies/${code}`,
        feed: 'agency',
        answered: (reader: Reader) => mayReadAgency(reader, code),
        refusals: [403],
        // Victims' records go to the agency's victims feed instead.
        audience: (scope: Scope) => !scope.restricted && scope.agencies.includes(code),
      }));
    case '/feeds/states/{state}':
      return WORLD_STATES.map((state) => ({
        endpoint,
        path: `/feeds/states/${state}`,
        feed: 'state',
        answered: (reader: Reader) => mayReadState(reader, state),
        refusals: [403],
        audience: (scope: Scope) => scope.states.includes(state),
      }));
    case '/feeds/command-center':
      return [
        {
          endpoint,
          path: '/feeds/command-center',
          feed: 'command-center',
          // The supervisors' feed, for the roles that work the command center (not the admin).
          answered: (_reader: Reader, actor: MatrixActor) =>
            actor.roles.some((role) => ['operator', 'supervisor', 'auditor'].includes(role)),
          refusals: [403],
          audience: (scope: Scope) => !scope.restricted,
        },
      ];
    default:
      return undefined;
  }
}

/** Runs at most `limit` of the tasks at once. */
async function inPool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

async function get(url: string, token: string): Promise<Answer> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

/** Reads a feed from its beginning up to the sentinel, the last item of every feed of the world. */
async function readFeed(url: string, token: string, sentinel: string | null): Promise<Answer> {
  let stream: SseConnection;
  try {
    stream = await SseConnection.open(url, { token, lastEventId: '-1' });
  } catch (error) {
    if (!(error instanceof SseRefused)) throw error;
    return { status: error.status, contentType: error.contentType ?? '', text: error.body };
  }
  try {
    if (sentinel === null) await new Promise((resolve) => setTimeout(resolve, 1_500));
    else await stream.waitFor((event) => event.data.includes(sentinel), 20_000);
    return { status: 200, contentType: 'text/event-stream', text: JSON.stringify(stream.events) };
  } catch {
    return { status: 0, contentType: 'text/event-stream', text: JSON.stringify(stream.events) };
  } finally {
    await stream.close();
  }
}

export async function runAccessMatrix(target: MatrixTarget, options: MatrixOptions): Promise<MatrixResult> {
  const world = await buildWorld(target.url, target.key, options.rounds);
  const oracle = await oracleOf(target.store);
  const doc = (await (await fetch(`${target.url}/docs-json`)).json()) as OpenApiDocument;
  const gets = operationsOf(doc).filter((operation) => operation.method === 'GET');
  const probes: Probe[] = [];
  const read: string[] = [];
  const unclassified: string[] = [];
  const notDomainData: Record<string, string> = {};
  for (const operation of gets) {
    const name = `GET ${operation.path}`;
    if (NOT_DOMAIN_DATA[name] !== undefined) {
      notDomainData[name] = NOT_DOMAIN_DATA[name];
      continue;
    }
    const found = probesOf(operation.path, world, oracle, world.position);
    if (found === undefined) unclassified.push(name);
    else {
      read.push(name);
      probes.push(...found);
    }
  }

  const counts = { checks: 0, outOfScope: 0, missing: 0, other: 0, requests: 0 };
  const checksByEndpoint: Record<string, number> = {};
  const checksByRelation: Record<string, number> = {};
  const failures: MatrixFailure[] = [];
  const supervisor = await tokenOf(target.key, { name: 'supervisor', roles: ['supervisor'], states: [] });
  const references = new Map<string, Promise<Answer>>();
  const referenceOf = (path: string) => {
    if (!references.has(path)) references.set(path, get(`${target.url}${path}`, supervisor));
    return references.get(path) as Promise<Answer>;
  };

  const tasks = (
    await Promise.all(
      options.actors.map(async (actor) => {
        const token = await tokenOf(target.key, actor);
        const reader = readerOf(actor, oracle);
        return probes.map((probe) => () => check(actor, token, reader, probe));
      }),
    )
  ).flat();

  async function check(actor: MatrixActor, token: string, reader: Reader, probe: Probe): Promise<void> {
    const request = probe.path;
    const tally = (n = 1) => {
      counts.checks += n;
      checksByEndpoint[probe.endpoint] = (checksByEndpoint[probe.endpoint] ?? 0) + n;
    };
    const fail = (kind: MatrixFailureKind, detail: string, item?: string) => {
      if (kind === 'out-of-scope') counts.outOfScope++;
      else if (kind === 'missing') counts.missing++;
      else counts.other++;
      if (failures.length < 100)
        failures.push({ kind, actor: actor.name, endpoint: probe.endpoint, request, item, detail });
    };
    const relation = (scope: Scope): string => {
      if (readsEverything(reader)) return 'command center';
      if (reader.agency !== undefined && scope.agencies.includes(reader.agency)) return 'own agency';
      if (scope.states.some((state) => reader.states.includes(state))) return 'own state';
      if (scope.states.some((state) => reader.coLedStates.includes(state))) return 'co-led state';
      return 'other agency, other state';
    };
    const mayReadStreamNow = (streamId: string) => mayRead(reader, oracle.streams.get(streamId)!.scope);
    const mayReadAnyOf = (streamId: string) => {
      const facts = oracle.streams.get(streamId);
      return (
        facts !== undefined && [facts.scope, ...facts.eventScopes].some((scope) => mayRead(reader, scope))
      );
    };
    // No text the reader may not read: another agency's words, or the text of an aggregate it may not read.
    const checkMarkers = (text: string) => {
      for (const { marker, author } of world.markers) {
        const allowed =
          'agency' in author ? mayReadTextOf(reader, author.agency) : mayReadAnyOf(author.streamId);
        if (allowed) continue;
        tally();
        if (text.includes(marker))
          fail('out-of-scope', `the body holds ${marker}, a text this reader may not read`, marker);
      }
    };
    const idsIn = (text: string) =>
      new Set(
        [...text.matchAll(UUID)].map((m) => oracle.streamOfId.get(m[0])).filter((s) => s !== undefined),
      );

    counts.requests++;
    const answer = probe.feed
      ? await readFeed(
          `${target.url}${request}`,
          token,
          probe.until === undefined ? world.sentinel : probe.until,
        )
      : await get(`${target.url}${request}`, token);
    const answered = probe.answered(reader, actor);
    tally();
    // A GET by id is a check of the reader's relation to that item whichever way it is answered.
    const item = probe.byId && oracle.streams.get(probe.byId.streamId);
    if (item) checksByRelation[relation(item.scope)] = (checksByRelation[relation(item.scope)] ?? 0) + 1;
    // Answered where the rule refuses: a failure in itself, and its body is read for leaks all the same.
    const answeredAnyway = !answered && answer.status === 200;
    if (answeredAnyway) fail('status', 'answered 200 where the rule refuses this reader');
    if (!answered && !answeredAnyway) {
      // A refusal: of an allowed status, problem+json, and naming nothing the reader did not name itself.
      if (
        !probe.refusals.includes(answer.status) ||
        !answer.contentType.startsWith('application/problem+json')
      )
        return fail('status', `expected a refusal (${probe.refusals.join(' or ')}), got ${answer.status}`);
      checkMarkers(answer.text);
      const problem = JSON.parse(answer.text) as { detail?: string };
      if (probe.byId && problem.detail !== probe.byId.notFound)
        fail('refusal-names', `the 404 says "${problem.detail}", not "${probe.byId.notFound}"`);
      const named = new Set([...request.split(/[/?&=]/), actor.agency, ...actor.states]);
      const codes = [
        ...world.agencies,
        ...WORLD_STATES,
        ...world.directives,
        ...world.taskings,
        ...world.commitments,
        ...world.reports,
        ...world.referrals,
        ...world.forfeitures,
        ...world.outreach,
      ];
      for (const code of codes) {
        if (named.has(code)) continue;
        tally();
        if (new RegExp(`(?<![A-Za-z0-9-])${code}(?![A-Za-z0-9-])`).test(answer.text))
          fail('refusal-names', `the refusal names ${code}: ${answer.text.slice(0, 300)}`, code);
      }
      return;
    }
    if (answer.status !== 200)
      return fail('status', `expected 200, got ${answer.status}: ${answer.text.slice(0, 300)}`);
    checkMarkers(answer.text);

    if (probe.feed) {
      const frames = JSON.parse(answer.text) as { id?: string; data: string }[];
      const shown = new Set<string>();
      for (const frame of frames) {
        const item = JSON.parse(frame.data) as { eventId: string; streamId: string };
        const scope = oracle.eventScope.get(item.eventId);
        if (scope === undefined) continue;
        shown.add(item.eventId);
        tally();
        checksByRelation[relation(scope)] = (checksByRelation[relation(scope)] ?? 0) + 1;
        if (!mayRead(reader, scope))
          fail(
            'out-of-scope',
            `feed item ${item.eventId} of ${item.streamId} is outside this reader's scope`,
            item.streamId,
          );
      }
      for (const event of oracle.events) {
        const scope = event.metadata.scope as Scope;
        if (!probe.audience!(scope) || !mayRead(reader, scope)) continue;
        tally();
        if (!shown.has(event.id))
          fail('missing', `the feed lacks ${event.type} of ${event.streamId}`, event.id);
      }
      return;
    }

    const present = idsIn(answer.text);
    for (const streamId of present) {
      tally();
      const facts = oracle.streams.get(streamId)!;
      checksByRelation[relation(facts.scope)] = (checksByRelation[relation(facts.scope)] ?? 0) + 1;
      if (!mayReadStreamNow(streamId))
        fail('out-of-scope', `${streamId} is outside this reader's scope`, streamId);
    }
    if (probe.byId && probe.byId.streamId !== `${TASK_FORCE_STREAM_PREFIX}${request.split('/').at(-1)}`) {
      tally();
      if (!present.has(probe.byId.streamId))
        fail('missing', `the answer does not hold ${probe.byId.streamId}`);
    }
    if (probe.reference) {
      const reference = await referenceOf(probe.reference(actor));
      if (reference.status !== 200)
        return fail('status', `the command center's ${probe.reference(actor)} answered ${reference.status}`);
      for (const streamId of idsIn(reference.text)) {
        if (!mayReadStreamNow(streamId)) continue;
        tally();
        if (!present.has(streamId))
          fail('missing', `${streamId} is listed for the command center and readable here`, streamId);
      }
    }
  }

  await inPool(tasks, options.concurrency ?? 4);

  // The per-audience Kafka topics, as the product's relay writes them for this store.
  const TOPICS = 'Kafka audience topics';
  await checkTopics(
    target.store,
    world,
    WORLD_STATES,
    {
      scopes: oracle.streams,
      events: oracle.events,
      coLedStates: (agency) =>
        readerOf({ name: agency, roles: ['liaison'], agency, states: [] }, oracle).coLedStates as string[],
    },
    () => {
      counts.checks++;
      checksByEndpoint[TOPICS] = (checksByEndpoint[TOPICS] ?? 0) + 1;
    },
    ({ kind, topic, item, detail }) => {
      if (kind === 'out-of-scope') counts.outOfScope++;
      else counts.missing++;
      if (failures.length < 100)
        failures.push({
          kind,
          actor: `the audience of ${topic}`,
          endpoint: TOPICS,
          request: topic,
          item,
          detail,
        });
    },
  );
  read.push(TOPICS);
  return {
    accessChecks: counts.checks,
    outOfScopeItems: counts.outOfScope,
    missingItems: counts.missing,
    otherFailures: counts.other,
    requests: counts.requests,
    actors: options.actors.length,
    world: {
      directives: world.directives.length,
      taskings: world.taskings.length,
      commitments: world.commitments.length,
      reports: world.reports.length,
      referrals: world.referrals.length,
      forfeitures: world.forfeitures.length,
      outreach: world.outreach.length,
      events: oracle.events.length,
      markers: world.markers.length,
    },
    endpoints: { read, notDomainData, unclassified },
    checksByEndpoint,
    checksByRelation,
    failures,
  };
}
