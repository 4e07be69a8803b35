import type { SqlClient } from '@hstf/event-store';
import { DirectiveRow } from '../rows/directive-row';
import { OPEN_TASKING_STATUSES, TaskingRow } from '../rows/tasking-row';
import { clampLimit } from './feed-query';

/** A page of a list in the order items were created; `next` is the cursor of the following page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next?: string;
}

export interface PageRequest {
  /** The `next` of the previous page. */
  readonly after?: string;
  /** Default 100, at most 1000. */
  readonly limit?: number;
}

export interface TaskingFilter extends PageRequest {
  readonly state?: string;
  /** A tasking status, or 'open' for every status before completion or cancellation. */
  readonly status?: string;
  /** Leads or supports. */
  readonly agency?: string;
}

export interface DirectiveFilter extends PageRequest {
  /** A state or an agency code among the addressees. */
  readonly addressee?: string;
  /** 'issued', 'rescinded' or 'superseded'. */
  readonly status?: string;
  /** Only directives the addressee has not acknowledged yet (current revision, still issued). */
  readonly awaiting?: boolean;
}

async function page<T>(
  sql: SqlClient,
  table: string,
  conditions: string[],
  params: unknown[],
  request: PageRequest,
): Promise<Page<T>> {
  const limit = clampLimit(request.limit);
  const after = request.after === undefined ? '-1' : String(BigInt(request.after));
  params.push(after, limit);
  const where = [...conditions, `created_position > $${params.length - 1}::bigint`].join(' AND ');
  const rows = await sql.query<{ doc: T; created_position: string }>(
    // Ordered by the column, not by the text output of the same name, under which "100" < "99".
    `SELECT doc, created_position::text AS created_position FROM ${table} AS t
      WHERE ${where} ORDER BY t.created_position LIMIT $${params.length}`,
    params,
  );
  const items = rows.map((r) => r.doc);
  return rows.length === limit ? { items, next: rows[rows.length - 1].created_position } : { items };
}

export function listTaskings(sql: SqlClient, filter: TaskingFilter): Promise<Page<TaskingRow>> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (n: number) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(params.length));
  };
  if (filter.state !== undefined) add((n) => `state = $${n}`, filter.state);
  if (filter.status === 'open') add((n) => `status = ANY($${n}::text[])`, OPEN_TASKING_STATUSES);
  else if (filter.status !== undefined) add((n) => `status = $${n}`, filter.status);
  if (filter.agency !== undefined) add((n) => `agencies @> ARRAY[$${n}::text]`, filter.agency);
  return page(sql, 'state_board.taskings', conditions, params, filter);
}

export function listDirectives(sql: SqlClient, filter: DirectiveFilter): Promise<Page<DirectiveRow>> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.addressee !== undefined) {
    params.push(filter.addressee);
    const n = params.length;
    conditions.push(
      filter.awaiting
        ? `(pending_states @> ARRAY[$${n}::text] OR pending_agencies @> ARRAY[$${n}::text])`
        : `(addressed_states @> ARRAY[$${n}::text] OR addressed_agencies @> ARRAY[$${n}::text])`,
    );
  } else if (filter.awaiting) {
    conditions.push(`cardinality(pending_states) + cardinality(pending_agencies) > 0`);
  }
  if (filter.status !== undefined) {
    params.push(filter.status);
    conditions.push(`status = $${params.length}`);
  }
  return page(sql, 'state_board.directives', conditions, params, filter);
}
