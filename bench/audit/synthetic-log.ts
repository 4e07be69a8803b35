import {
  chainEvents,
  envelopeDecision,
  eventId,
  eventRegistry,
  EventTypeRegistry,
  GENESIS_HASH,
  HstfEvent,
  toNewEvent,
} from '@hstf/contracts';
import { BOARD_AGGREGATES, BoardKind, boardKindOf } from '@hstf/audit';
import type { NewEvent } from '@hstf/event-store';

/** One append: a chunk of one stream's life. */
export interface SyntheticAppend {
  readonly streamId: string;
  readonly expected: bigint | 'no_stream';
  readonly events: NewEvent[];
}

export interface SyntheticLogOptions {
  readonly states: readonly string[];
  /** Stop once about this many events were produced. */
  readonly events: number;
  readonly seed?: number;
  /** Aggregates alive at once: the more, the more interleaved each state's events are in the log. */
  readonly concurrentAggregates?: number;
  /** Appends per wave; a wave's appends are to distinct streams, so they may run concurrently. */
  readonly waveSize?: number;
  /** False to continue a log whose task forces exist already. */
  readonly establishTaskForces?: boolean;
}

const AGENCIES = ['FBI', 'ICE-HSI', 'CBP', 'DEA', 'ATF', 'USMS', 'TSA'];

/** A small, seeded generator (mulberry32): the same options give the same log. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Stream {
  state: unknown;
  revision: bigint;
  lastHash: string;
}

type Life = Iterator<HstfEvent[], void>;

/**
 * A realistic, hash-chained log for the audit benchmark and the cache tests: task forces for every state,
 * directives to one or two states (some later amended to add another state), taskings under them with
 * long progress histories, and commitments with deliveries. Events are enveloped as the command path
 * does (validated, scoped from the state after each event, chained), and interleaved across aggregates.
 */
export function* syntheticLog(options: SyntheticLogOptions): Generator<SyntheticAppend[]> {
  const rnd = random(options.seed ?? 14159);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(rnd() * values.length)];
  const concurrent = options.concurrentAggregates ?? 256;
  const waveSize = options.waveSize ?? 16;
  const streams = new Map<string, Stream>();
  const recentDirectives = new Map<string, string[]>();
  let produced = 0;
  let ids = 0;
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const now = () => new Date((clock += 1000)).toISOString();
  const newId = () => eventId(`synthetic-${options.seed ?? 14159}`, ids++);

  const append = (streamId: string, events: HstfEvent[]): SyntheticAppend => {
    const kind = boardKindOf(streamId) as BoardKind;
    const { decider } = BOARD_AGGREGATES[kind];
    const known = streams.get(streamId) ?? {
      state: decider.initialState,
      revision: -1n,
      lastHash: GENESIS_HASH,
    };
    const commandId = newId();
    const drafts = envelopeDecision({
      registry: eventRegistry as unknown as EventTypeRegistry<HstfEvent>,
      decider: decider as never,
      stateBefore: known.state as never,
      streamId,
      events,
      metadata: {
        actor: { sub: 'bench@hstf.local', role: 'operator' },
        commandId,
        correlationId: commandId,
        causationId: commandId,
        occurredAt: now(),
      },
    });
    const chained = chainEvents(known.lastHash, known.revision + 1n, drafts);
    const state = events.reduce((s, e) => decider.evolve(s, e), known.state);
    const last = chained[chained.length - 1];
    streams.set(streamId, { state, revision: last.streamPosition, lastHash: last.metadata.hash });
    produced += events.length;
    return {
      streamId,
      expected: known.revision < 0n ? 'no_stream' : known.revision,
      events: chained.map(toNewEvent),
    };
  };

  function* directive(id: string): Life {
    const states = rnd() < 0.7 ? [pick(options.states)] : [pick(options.states), pick(options.states)];
    const addressees = { states: [...new Set(states)], agencies: [pick(AGENCIES)] };
    const issuedAt = now();
    yield [
      {
        type: 'DirectiveIssued',
        data: {
          directiveId: id,
          title: 'Surge on smuggling corridors',
          body: 'Coordinate interdiction at the ports of entry; report daily to the command center.',
          priority: 'priority',
          addressees,
          authority: 'EO 14159 sec. 3(b)',
          effectiveAt: issuedAt,
          acknowledgeBy: '2099-01-01T00:00:00.000Z',
          issuedAt,
          revision: 1,
        },
      },
    ];
    for (const state of addressees.states)
      (recentDirectives.get(state) ?? recentDirectives.set(state, []).get(state))!.push(id);
    yield [
      {
        type: 'DirectiveAcknowledged',
        data: {
          directiveId: id,
          addressee: { kind: 'agency', code: addressees.agencies[0] },
          acknowledgedBy: addressees.agencies[0],
          revision: 1,
          acknowledgedAt: now(),
          late: false,
        },
      },
    ];
    if (rnd() < 0.2) {
      const added = pick(options.states.filter((s) => !addressees.states.includes(s)));
      if (added) {
        yield [
          {
            type: 'DirectiveAmended',
            data: {
              directiveId: id,
              revision: 2,
              changes: { addedAddressees: { states: [added], agencies: [] } },
              reason: 'Extend to a neighbouring state.',
              amendedAt: now(),
            },
          },
        ];
      }
    }
  }

  function* tasking(id: string): Life {
    const taskForce = pick(options.states);
    const lead = pick(AGENCIES);
    const directiveId = recentDirectives.get(taskForce)?.at(-1);
    yield [
      {
        type: 'TaskingAssigned',
        data: {
          taskingId: id,
          taskForce,
          leadAgency: lead,
          supportingAgencies: [pick(AGENCIES.filter((a) => a !== lead))],
          objective: 'smuggling',
          title: 'Disrupt the stash-house network',
          instructions: 'Identify and surveil the stash houses named in the directive annex.',
          ...(directiveId ? { directiveId } : {}),
          dueAt: '2099-01-01T00:00:00.000Z',
          assignedAt: now(),
        },
      },
      { type: 'TaskingAccepted', data: { taskingId: id, leadAgency: lead, acceptedAt: now() } },
    ];
    const reports = 5 + Math.floor(rnd() * 30);
    for (let done = 0; done < reports;) {
      const chunk = Math.min(1 + Math.floor(rnd() * 4), reports - done);
      yield Array.from({ length: chunk }, (_, i): HstfEvent => ({
        type: 'TaskingProgressReported',
        data: {
          taskingId: id,
          reportedBy: lead,
          summary: `Surveillance continues; ${done + i + 1} reports filed.`,
          percentComplete: Math.min(99, Math.round(((done + i + 1) / reports) * 100)),
          reportedAt: now(),
        },
      }));
      done += chunk;
    }
    yield [
      {
        type: 'TaskingCompleted',
        data: { taskingId: id, leadAgency: lead, outcome: 'Network disrupted.', completedAt: now() },
      },
    ];
  }

  function* commitment(id: string): Life {
    const agency = pick(AGENCIES);
    yield [
      {
        type: 'SupportPledged',
        data: {
          commitmentId: id,
          agency,
          taskForce: pick(options.states),
          kind: 'personnel',
          quantity: 1000,
          unit: 'agent-days',
          period: { from: '2026-01-01T00:00:00.000Z', to: '2099-01-01T00:00:00.000Z' },
          appropriation: 'available',
          pledgedAt: now(),
        },
      },
    ];
    const deliveries = 2 + Math.floor(rnd() * 10);
    for (let i = 0; i < deliveries; i++) {
      yield [
        {
          type: 'SupportDelivered',
          data: {
            commitmentId: id,
            agency,
            deliveryId: `d-${i}`,
            quantity: 10,
            unit: 'agent-days',
            deliveredAt: now(),
            recordedAt: now(),
          },
        },
      ];
    }
  }

  if (options.establishTaskForces !== false)
    yield options.states.map((state) =>
      append(`taskforce-${state}`, [
        {
          type: 'TaskForceEstablished',
          data: {
            state: state as never,
            dojCoLead: 'FBI',
            dhsCoLead: 'ICE-HSI',
            authority: 'EO 14159',
            establishedAt: now(),
          },
        },
      ]),
    );
  const alive = new Map<string, Life>();
  const spawn = () => {
    const roll = rnd();
    const id = newId();
    if (roll < 0.15) alive.set(`directive-${id}`, directive(id));
    else if (roll < 0.85) alive.set(`tasking-${id}`, tasking(id));
    else alive.set(`commitment-${id}`, commitment(id));
  };
  while (produced < options.events) {
    while (alive.size < concurrent) spawn();
    const chosen = new Set<string>();
    const keys = [...alive.keys()];
    while (chosen.size < Math.min(waveSize, keys.length)) chosen.add(pick(keys));
    const wave: SyntheticAppend[] = [];
    for (const streamId of chosen) {
      const next = alive.get(streamId)!.next();
      if (next.done) alive.delete(streamId);
      else wave.push(append(streamId, next.value));
    }
    if (wave.length > 0) yield wave;
  }
}
