import type { SqlClient } from '@hstf/event-store';

/** A projection's own logic threw on an event: the same event will throw again, however often it is retried. */
export class EvolveFailed extends Error {
  override readonly name = 'EvolveFailed';
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/** A statement of a projection's writer failed; its SQLSTATE says whether the event or the database is at fault. */
export class ReadModelWriteFailed extends Error {
  override readonly name = 'ReadModelWriteFailed';
  readonly sqlState: string | undefined;
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    const code = (cause as { code?: unknown } | undefined)?.code;
    this.sqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
  }
}

// SQLSTATE classes 22 (data exception: a date out of range, an invalid value) and 23 (integrity constraint
// violation): the values of this event cannot be stored. Every other failure (lost connection, 08; a
// serialization failure or deadlock, 40; the server shutting down, 57) is the infrastructure's, and the
// batch is retried as it is until it passes.
const DATA_ERROR = /^2[23]/;

/** Whether a failure belongs to the event (dead-letter it) rather than to the infrastructure (retry). */
export function cannotApply(error: unknown): error is EvolveFailed | ReadModelWriteFailed {
  if (error instanceof EvolveFailed) return true;
  return (
    error instanceof ReadModelWriteFailed && error.sqlState !== undefined && DATA_ERROR.test(error.sqlState)
  );
}

/** What a dead letter records of the failure. */
export const failureMessage = (error: EvolveFailed | ReadModelWriteFailed): string =>
  error instanceof ReadModelWriteFailed ? `${error.message} (SQLSTATE ${error.sqlState})` : error.message;

/** The writer's connection, its failures marked as the writer's (see cannotApply). */
export const writerClient = (sql: SqlClient): SqlClient => ({
  query: <Row>(text: string, params?: readonly unknown[]) =>
    sql.query<Row>(text, params).catch((error: unknown) => {
      throw new ReadModelWriteFailed(error);
    }),
});
