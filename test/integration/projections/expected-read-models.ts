import {
  acknowledgementStatus,
  CommitmentState,
  commitmentDecider,
  delivered,
  directiveDecider,
  DirectiveState,
  pendingAddressees,
  remaining,
  taskForceDecider,
  TaskForceState,
  taskingDecider,
  TaskingState,
} from '@hstf/domain';
import type { EventStore, RecordedEvent } from '@hstf/event-store';
import type { AgencyInbox, NationalOverview, StateBoard } from '@hstf/projections';

/*
 * The read models as a plain fold of the event store through the deciders' own evolve, computed here
 * without any of the projection code, and the shape both sides are compared in.
 */

export interface Folded {
  readonly events: readonly RecordedEvent[];
  readonly taskForces: Map<string, TaskForceState>;
  readonly taskings: Map<string, TaskingState>;
  readonly directives: Map<string, DirectiveState>;
  readonly commitments: Map<string, CommitmentState>;
}

const OPEN = ['assigned', 'accepted', 'in_progress', 'declined'];
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function foldInto<S, E>(map: Map<string, S>, key: string, evolve: (s: S, e: E) => S, initial: S, event: E) {
  map.set(key, evolve(map.get(key) ?? initial, event));
}

export async function foldStore(store: EventStore): Promise<Folded> {
  const events = await store.readAll({ maxCount: 1_000_000 });
  const folded: Folded = {
    events,
    taskForces: new Map(),
    taskings: new Map(),
    directives: new Map(),
    commitments: new Map(),
  };
  for (const recorded of events) {
    const event = { type: recorded.type, data: recorded.data } as never;
    const [prefix, ...rest] = recorded.streamId.split('-');
    const key = rest.join('-');
    if (prefix === 'taskforce')
      foldInto(folded.taskForces, key, taskForceDecider.evolve, taskForceDecider.initialState, event);
    if (prefix === 'tasking')
      foldInto(folded.taskings, key, taskingDecider.evolve, taskingDecider.initialState, event);
    if (prefix === 'directive')
      foldInto(folded.directives, key, directiveDecider.evolve, directiveDecider.initialState, event);
    if (prefix === 'commitment')
      foldInto(folded.commitments, key, commitmentDecider.evolve, commitmentDecider.initialState, event);
  }
  return folded;
}

type Known<S, Excluded> = Exclude<S, Excluded>;
const known = <S extends { status: string }, X extends S>(map: Map<string, S>, none: X['status']) =>
  [...map.entries()].filter(([, s]) => s.status !== none) as [string, Known<S, X>][];

// ---- the shape compared ---------------------------------------------------------------------------

export interface BoardShape {
  taskForce: { coLeads: unknown; members: string[]; objectives: readonly string[] } | null;
  openTaskings: Record<
    string,
    { id: string; lead: string; supporting: readonly string[]; blocked: boolean }[]
  >;
  awaiting: { id: string; revision: number; awaiting: string[] }[];
  commitments: {
    kind: string;
    unit: string;
    pledged: number;
    delivered: number;
    remaining: number;
    active: number;
  }[];
}

export function boardShapeOf(board: StateBoard): BoardShape {
  return {
    taskForce: board.taskForce && {
      coLeads: board.taskForce.coLeads,
      members: board.taskForce.members.map((m) => m.agency),
      objectives: board.taskForce.objectives,
    },
    openTaskings: Object.fromEntries(
      OPEN.map((status) => [
        status,
        board.openTaskings[status as keyof StateBoard['openTaskings']]
          .map((t) => ({
            id: t.taskingId,
            lead: t.leadAgency,
            supporting: t.supportingAgencies,
            blocked: t.blocked !== null,
          }))
          .sort((a, b) => byCode(a.id, b.id)),
      ]),
    ),
    awaiting: board.directivesAwaitingAcknowledgement
      .map((d) => ({
        id: d.directive.directiveId,
        revision: d.directive.revision,
        awaiting: d.awaiting.map((a) => a.code).sort(byCode),
      }))
      .sort((a, b) => byCode(a.id, b.id)),
    commitments: board.commitments.byKind.map((c) => ({
      kind: c.kind,
      unit: c.unit,
      pledged: c.pledged,
      delivered: c.delivered,
      remaining: c.remaining,
      active: c.activeCommitments,
    })),
  };
}

export function expectedBoard(folded: Folded, state: string, now: Date): BoardShape {
  const taskForce = folded.taskForces.get(state);
  const members = taskForce?.status === 'established' ? taskForce.members.map((m) => m.agency) : [];
  const taskings = known<TaskingState, { status: 'unassigned' }>(folded.taskings, 'unassigned').filter(
    ([, t]) => t.taskForce === state && OPEN.includes(t.status),
  );
  const concerns = (a: { kind: string; code: string }) =>
    a.kind === 'state' ? a.code === state : members.includes(a.code);
  const awaiting = known<DirectiveState, { status: 'not_issued' }>(folded.directives, 'not_issued')
    .filter(
      ([, d]) =>
        d.status === 'issued' && (d.expiresAt === undefined || Date.parse(d.expiresAt) > now.getTime()),
    )
    .map(([id, d]) => ({
      id,
      revision: d.revision,
      awaiting: pendingAddressees(d)
        .filter(concerns)
        .map((a) => a.code)
        .sort(byCode),
    }))
    .filter((d) => d.awaiting.length > 0)
    .sort((a, b) => byCode(a.id, b.id));
  return {
    taskForce:
      taskForce?.status === 'established'
        ? { coLeads: taskForce.coLeads, members, objectives: taskForce.objectives }
        : null,
    openTaskings: Object.fromEntries(
      OPEN.map((status) => [
        status,
        taskings
          .filter(([, t]) => t.status === status)
          .map(([id, t]) => ({
            id,
            lead: t.leadAgency,
            supporting: t.supportingAgencies,
            blocked: t.blocked !== null,
          }))
          .sort((a, b) => byCode(a.id, b.id)),
      ]),
    ),
    awaiting,
    commitments: commitmentTotals(folded, (c) => c.taskForce === state),
  };
}

function commitmentTotals(folded: Folded, which: (c: Known<CommitmentState, { status: 'none' }>) => boolean) {
  const groups = new Map<string, BoardShape['commitments'][number]>();
  for (const [, c] of known<CommitmentState, { status: 'none' }>(folded.commitments, 'none').filter(([, c]) =>
    which(c),
  )) {
    const key = `${c.kind}\u0000${c.unit}`;
    const group = groups.get(key) ?? {
      kind: c.kind,
      unit: c.unit,
      pledged: 0,
      delivered: 0,
      remaining: 0,
      active: 0,
    };
    if (c.status === 'pledged') {
      group.pledged += c.quantity;
      group.active += 1;
    }
    group.delivered += delivered(c);
    group.remaining += remaining(c);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => byCode(a.kind, b.kind) || byCode(a.unit, b.unit));
}

export interface OverviewLine {
  state: string;
  members: number;
  openTaskings: Record<string, number>;
  blocked: number;
  pending: number;
  commitments: BoardShape['commitments'];
}

export function overviewShapeOf(overview: NationalOverview): OverviewLine[] {
  return overview.states.map((s) => ({
    state: s.state,
    members: s.members,
    openTaskings: { ...s.openTaskings },
    blocked: s.blockedTaskings,
    pending: s.directivesPendingAcknowledgement,
    commitments: s.commitments.map((c) => ({
      kind: c.kind,
      unit: c.unit,
      pledged: c.pledged,
      delivered: c.delivered,
      remaining: c.remaining,
      active: c.activeCommitments,
    })),
  }));
}

/** Every state with a task force or anything addressed to it, each as its board counts it. */
export function expectedOverview(folded: Folded, now: Date): OverviewLine[] {
  const states = new Set<string>([...folded.taskForces.keys()]);
  for (const [, t] of known<TaskingState, { status: 'unassigned' }>(folded.taskings, 'unassigned')) {
    if (OPEN.includes(t.status)) states.add(t.taskForce);
  }
  for (const [, c] of known<CommitmentState, { status: 'none' }>(folded.commitments, 'none'))
    states.add(c.taskForce);
  return [...states].sort(byCode).map((state) => {
    const board = expectedBoard(folded, state, now);
    return {
      state,
      members: board.taskForce?.members.length ?? 0,
      openTaskings: Object.fromEntries(OPEN.map((s) => [s, board.openTaskings[s].length])),
      blocked: Object.values(board.openTaskings)
        .flat()
        .filter((t) => t.blocked).length,
      pending: board.awaiting.length,
      commitments: board.commitments,
    };
  });
}

export interface InboxShape {
  directives: { id: string; status: string }[];
  lead: string[];
  supporting: string[];
  commitments: string[];
}

export function inboxShapeOf(inbox: AgencyInbox): InboxShape {
  return {
    directives: inbox.directives
      .map((d) => ({ id: d.directive.directiveId, status: d.status }))
      .sort((a, b) => byCode(a.id, b.id)),
    lead: inbox.taskings.lead.map((t) => t.taskingId).sort(byCode),
    supporting: inbox.taskings.supporting.map((t) => t.taskingId).sort(byCode),
    commitments: inbox.commitments.map((c) => c.commitmentId).sort(byCode),
  };
}

/** Everything addressed to, led, supported or pledged by the agency, closed items included. */
export function expectedInbox(folded: Folded, agency: string): InboxShape {
  const directives = known<DirectiveState, { status: 'not_issued' }>(folded.directives, 'not_issued')
    .filter(([, d]) => d.addressees.agencies.includes(agency))
    .map(([id, d]) => {
      const own = acknowledgementStatus(d)!.addressees.find(
        (a) => a.addressee.kind === 'agency' && a.addressee.code === agency,
      )!;
      return { id, status: d.status === 'issued' ? own.status : d.status };
    });
  const taskings = known<TaskingState, { status: 'unassigned' }>(folded.taskings, 'unassigned');
  const commitments = known<CommitmentState, { status: 'none' }>(folded.commitments, 'none');
  return {
    directives: directives.sort((a, b) => byCode(a.id, b.id)),
    lead: taskings
      .filter(([, t]) => t.leadAgency === agency)
      .map(([id]) => id)
      .sort(byCode),
    supporting: taskings
      .filter(([, t]) => t.supportingAgencies.includes(agency))
      .map(([id]) => id)
      .sort(byCode),
    commitments: commitments
      .filter(([, c]) => c.agency === agency)
      .map(([id]) => id)
      .sort(byCode),
  };
}

/** The global positions of the events whose scope reaches the audience, in order. */
export function expectedFeedPositions(folded: Folded, audience: string): string[] {
  const reaches = (event: RecordedEvent) => {
    if (audience === 'command-center') return true;
    const scope = event.metadata.scope as { states: string[]; agencies: string[] };
    const [kind, code] = audience.split(':');
    return (kind === 'state' ? scope.states : scope.agencies).includes(code);
  };
  return folded.events.filter(reaches).map((e) => e.globalPosition.toString());
}
