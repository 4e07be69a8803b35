import {
  CommitmentState,
  delivered,
  DirectiveState,
  pendingAddressees,
  remaining,
  TaskingState,
} from '@hstf/domain';
import type { NationalOverview, StateBoard } from '@hstf/projections';
import { byCode, Folded, Known, known, OPEN } from './fold-store';

/* A state's board and the national overview from the fold, in the shape the queries' answers are compared in. */

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
