import type { SqlClient } from '@hstf/event-store';
import { Addressee, OpenTaskingStatus } from '@hstf/domain';
import { CommitmentRow } from '../rows/commitment-row';
import { DirectiveRow } from '../rows/directive-row';
import { TaskForceRow } from '../rows/task-force-row';
import { OPEN_TASKING_STATUSES, TaskingRow } from '../rows/tasking-row';
import { CommitmentTotals, commitmentTotals } from './commitment-totals';

export interface AwaitingDirective {
  readonly directive: DirectiveRow;
  /** The state itself and its member agencies that have not acknowledged. */
  readonly awaiting: readonly Addressee[];
}

export interface StateBoard {
  readonly state: string;
  readonly taskForce: TaskForceRow | null;
  readonly openTaskings: { readonly [S in OpenTaskingStatus]: readonly TaskingRow[] };
  readonly directivesAwaitingAcknowledgement: readonly AwaitingDirective[];
  readonly commitments: {
    readonly byKind: readonly CommitmentTotals[];
    readonly items: readonly CommitmentRow[];
  };
}

/**
 * In-force directives (issued, not expired) that the state's task force or one of its current members
 * has yet to acknowledge: membership is read now, so an agency that joins brings its pending directives.
 */
const AWAITING_SQL = `
  d.status = 'issued' AND (d.expires_at IS NULL OR d.expires_at > $2::timestamptz)
  AND (d.pending_states @> ARRAY[$1::text] OR d.pending_agencies && coalesce(
        (SELECT tf.member_agencies FROM state_board.task_forces tf WHERE tf.id = $1), ARRAY[]::text[]))`;

export async function stateBoard(sql: SqlClient, state: string, now: Date): Promise<StateBoard> {
  const [taskForce] = await sql.query<{ doc: TaskForceRow }>(
    `SELECT doc FROM state_board.task_forces WHERE id = $1`,
    [state],
  );
  const taskings = await sql.query<{ doc: TaskingRow }>(
    `SELECT doc FROM state_board.taskings WHERE state = $1 AND status = ANY($2::text[]) ORDER BY due_at, id`,
    [state, OPEN_TASKING_STATUSES],
  );
  const directives = await sql.query<{ doc: DirectiveRow }>(
    `SELECT doc FROM state_board.directives d WHERE ${AWAITING_SQL} ORDER BY d.acknowledge_by, d.id`,
    [state, now.toISOString()],
  );
  const commitments = await sql.query<{ doc: CommitmentRow }>(
    `SELECT doc FROM state_board.commitments WHERE state = $1 ORDER BY kind, agency, id`,
    [state],
  );
  const members = new Set(taskForce?.doc.members.map((m) => m.agency) ?? []);
  const concernsState = (a: Addressee) => (a.kind === 'state' ? a.code === state : members.has(a.code));
  const withStatus = (status: OpenTaskingStatus) =>
    taskings.map((t) => t.doc).filter((t) => t.status === status);
  return {
    state,
    taskForce: taskForce?.doc ?? null,
    openTaskings: {
      assigned: withStatus('assigned'),
      accepted: withStatus('accepted'),
      in_progress: withStatus('in_progress'),
      declined: withStatus('declined'),
    },
    directivesAwaitingAcknowledgement: directives.map(({ doc }) => ({
      directive: doc,
      awaiting: doc.pending.filter(concernsState),
    })),
    commitments: {
      byKind: (await commitmentTotals(sql, state)).map(({ state: _state, ...totals }) => totals),
      items: commitments.map((c) => c.doc),
    },
  };
}
