import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { migrateSchema, PostgresDriver, Schema, SQL_DATABASE } from '@hstf/event-store';
import { ProblemError, problemType, unprocessable } from '../http/problem';

// A claim older than this is taken to belong to a request that died mid-flight and may be taken over.
const ABANDONED_AFTER_SECONDS = 30;

const DDL = `CREATE TABLE IF NOT EXISTS api_idempotency_keys (
  subject text NOT NULL,
  idempotency_key text NOT NULL,
  request_hash text NOT NULL,
  stream_id text,
  state text NOT NULL CHECK (state IN ('in-flight', 'done')),
  claimed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (subject, idempotency_key)
)`;

/** The keys' table, through the one migrator of the DDL outside the store. */
export const IDEMPOTENCY_TABLES: Schema = {
  component: 'api-idempotency-keys',
  migrations: [{ version: 1, name: 'keys', statements: [DDL] }],
};

export interface IdempotentRequest {
  readonly subject: string;
  readonly key: string;
  readonly requestHash: string;
}

/**
 * Idempotency-Keys of the caller, store-wide. Retries of one command are also caught by its deterministic
 * event ids, but only on the stream it wrote to; this table catches the same key sent with another request
 * to another aggregate, which would otherwise write the same event ids into a second stream. It holds no
 * event and no answer: a claim is released when the command is refused, so a refused request leaves
 * nothing behind, and a repeated request replays its answer from the events of its stream.
 */
@Injectable()
export class IdempotencyKeys implements OnModuleInit {
  constructor(@Inject(SQL_DATABASE) private readonly sql: PostgresDriver) {}

  async onModuleInit(): Promise<void> {
    await migrateSchema(this.sql, IDEMPOTENCY_TABLES);
  }

  /** Claims the key for this request, or lets an identical request through to replay; refuses the rest. */
  async claim(request: IdempotentRequest): Promise<'claimed' | 'repeat'> {
    const inserted = await this.sql.query(
      `INSERT INTO api_idempotency_keys (subject, idempotency_key, request_hash, state)
       VALUES ($1, $2, $3, 'in-flight') ON CONFLICT DO NOTHING RETURNING 1 AS claimed`,
      [request.subject, request.key, request.requestHash],
    );
    if (inserted.length > 0) return 'claimed';
    const [existing] = await this.sql.query<{ request_hash: string; state: string; abandoned: boolean }>(
      `SELECT request_hash, state, claimed_at < now() - make_interval(secs => $3) AS abandoned
       FROM api_idempotency_keys WHERE subject = $1 AND idempotency_key = $2`,
      [request.subject, request.key, ABANDONED_AFTER_SECONDS],
    );
    if (!existing) return this.claim(request); // released between our insert and select
    if (existing.request_hash !== request.requestHash) throw reused();
    if (existing.state === 'done') return 'repeat';
    if (existing.abandoned && (await this.takeOver(request))) return 'claimed';
    throw inProgress();
  }

  async complete(request: IdempotentRequest, streamId: string): Promise<void> {
    await this.sql.query(
      `UPDATE api_idempotency_keys SET state = 'done', stream_id = $3 WHERE subject = $1 AND idempotency_key = $2`,
      [request.subject, request.key, streamId],
    );
  }

  async release(request: IdempotentRequest): Promise<void> {
    await this.sql.query(
      `DELETE FROM api_idempotency_keys WHERE subject = $1 AND idempotency_key = $2 AND state = 'in-flight'`,
      [request.subject, request.key],
    );
  }

  private async takeOver(request: IdempotentRequest): Promise<boolean> {
    const rows = await this.sql.query(
      `UPDATE api_idempotency_keys SET claimed_at = now()
       WHERE subject = $1 AND idempotency_key = $2 AND state = 'in-flight'
         AND claimed_at < now() - make_interval(secs => $3) RETURNING 1`,
      [request.subject, request.key, ABANDONED_AFTER_SECONDS],
    );
    return rows.length > 0;
  }
}

const reused = (): ProblemError =>
  unprocessable(
    'idempotency-key-reused',
    'Idempotency-Key reused',
    'This Idempotency-Key was already used for a different request; use a new key for a new request.',
  );

const inProgress = (): ProblemError =>
  new ProblemError({
    type: problemType('idempotency-key-in-flight'),
    title: 'Request in progress',
    status: 409,
    detail: 'A request with this Idempotency-Key is still being processed; retry in a moment.',
  });
