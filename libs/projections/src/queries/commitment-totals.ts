import type { SqlClient } from '@hstf/event-store';

/** Support of one kind and unit: agents are not added to analyst-hours. */
export interface CommitmentTotals {
  readonly kind: string;
  readonly unit: string;
  /** What active pledges promise; a withdrawn pledge promises nothing more. */
  readonly pledged: number;
  /** Everything delivered, including what came before a pledge was withdrawn. */
  readonly delivered: number;
  readonly remaining: number;
  readonly activeCommitments: number;
}

export interface StateCommitmentTotals extends CommitmentTotals {
  readonly state: string;
}

interface TotalsRow {
  state: string;
  kind: string;
  unit: string;
  pledged: string | number;
  delivered: string | number;
  remaining: string | number;
  active: number;
}

/** Per state, kind and unit; `state` narrows to one state's board. */
export async function commitmentTotals(sql: SqlClient, state?: string): Promise<StateCommitmentTotals[]> {
  const rows = await sql.query<TotalsRow>(
    `SELECT state, kind, unit,
            coalesce(sum(quantity) FILTER (WHERE status = 'pledged'), 0) AS pledged,
            sum(delivered) AS delivered,
            sum(remaining) AS remaining,
            (count(*) FILTER (WHERE status = 'pledged'))::int AS active
       FROM state_board.commitments
      WHERE $1::text IS NULL OR state = $1
      GROUP BY state, kind, unit
      ORDER BY state, kind, unit`,
    [state ?? null],
  );
  return rows.map((r) => ({
    state: r.state,
    kind: r.kind,
    unit: r.unit,
    pledged: Number(r.pledged),
    delivered: Number(r.delivered),
    remaining: Number(r.remaining),
    activeCommitments: Number(r.active),
  }));
}
