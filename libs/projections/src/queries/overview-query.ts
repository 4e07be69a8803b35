import type { SqlClient } from '@hstf/event-store';
import { OpenTaskingStatus } from '@hstf/domain';
import { OPEN_TASKING_STATUSES } from '../rows/tasking-row';
import { CommitmentTotals, commitmentTotals } from './commitment-totals';

export interface StateOverview {
  readonly state: string;
  readonly established: boolean;
  readonly members: number;
  readonly openTaskings: { readonly [S in OpenTaskingStatus]: number };
  readonly blockedTaskings: number;
  readonly directivesPendingAcknowledgement: number;
  readonly commitments: readonly CommitmentTotals[];
}

export interface NationalOverview {
  readonly states: readonly StateOverview[];
}

const noTaskings = (): Record<OpenTaskingStatus, number> =>
  Object.fromEntries(OPEN_TASKING_STATUSES.map((s) => [s, 0])) as Record<OpenTaskingStatus, number>;

/**
 * The boards of every state, counted. Same tables and same "awaiting" rule as the board, so a state's
 * line here always agrees with its board.
 */
export async function nationalOverview(sql: SqlClient, now: Date): Promise<NationalOverview> {
  const states = new Map<string, { -readonly [K in keyof StateOverview]: StateOverview[K] }>();
  const line = (state: string) => {
    let entry = states.get(state);
    if (!entry) {
      entry = {
        state,
        established: false,
        members: 0,
        openTaskings: noTaskings(),
        blockedTaskings: 0,
        directivesPendingAcknowledgement: 0,
        commitments: [],
      };
      states.set(state, entry);
    }
    return entry;
  };
  for (const r of await sql.query<{ state: string; members: number }>(
    `SELECT id AS state, cardinality(member_agencies) AS members FROM state_board.task_forces`,
  )) {
    Object.assign(line(r.state), { established: true, members: Number(r.members) });
  }
  for (const r of await sql.query<{ state: string; status: OpenTaskingStatus; n: number; blocked: number }>(
    `SELECT state, status, count(*)::int AS n, (count(*) FILTER (WHERE blocked))::int AS blocked
       FROM state_board.taskings WHERE status = ANY($1::text[]) GROUP BY state, status`,
    [OPEN_TASKING_STATUSES],
  )) {
    const entry = line(r.state);
    (entry.openTaskings as Record<OpenTaskingStatus, number>)[r.status] = Number(r.n);
    entry.blockedTaskings += Number(r.blocked);
  }
  for (const r of await sql.query<{ state: string; pending: number }>(pendingPerStateSql, [
    now.toISOString(),
  ])) {
    line(r.state).directivesPendingAcknowledgement = Number(r.pending);
  }
  for (const { state, ...totals } of await commitmentTotals(sql)) {
    const entry = line(state);
    entry.commitments = [...entry.commitments, totals];
  }
  return {
    states: [...states.values()].sort((a, b) => (a.state < b.state ? -1 : a.state > b.state ? 1 : 0)),
  };
}

// A state addressed directly but without a task force yet still counts what it owes.
const pendingPerStateSql = `
  WITH boards AS (
    SELECT id AS state, member_agencies FROM state_board.task_forces
    UNION
    SELECT s, ARRAY[]::text[] FROM state_board.directives, unnest(pending_states) AS s
     WHERE s NOT IN (SELECT id FROM state_board.task_forces)
  )
  SELECT b.state, count(d.id)::int AS pending
    FROM boards b
    JOIN state_board.directives d
      ON d.status = 'issued' AND (d.expires_at IS NULL OR d.expires_at > $1::timestamptz)
     AND (d.pending_states @> ARRAY[b.state] OR d.pending_agencies && b.member_agencies)
   GROUP BY b.state`;
