import { AppendResult, ExpectedRevision, NewEvent, WrongExpectedRevision } from '../port';
import { AppendOutcome, appendEvents } from './append-events';
import { SqlClient } from './driver';
import { judgeRetry } from './idempotent-retry';
import { streamRevision } from './read-stream';
import { findStoredEvents } from './stored-event-ids';

const overtakenRetries = 10;

/**
 * One append, with what follows a refusal: a conflict or a duplicate id is either a retry of an append
 * that went through (its original result is returned) or a WrongExpectedRevision.
 */
export async function appendToStream(
  client: SqlClient,
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  notifyChannel: string | null,
): Promise<AppendResult> {
  const outcome = await write(client, streamId, events, expected, notifyChannel);
  if (outcome.kind === 'appended') return outcome.result;
  const ids = events.map((event) => event.id);
  const verdict = judgeRetry(ids, await findStoredEvents(client, streamId, ids), expected);
  if (verdict.kind === 'retry') return verdict.result;
  if (outcome.kind === 'duplicate' && verdict.kind === 'new') throw outcome.error;
  const actual = outcome.kind === 'conflict' ? outcome.actual : await streamRevision(client, streamId);
  throw new WrongExpectedRevision(streamId, expected, actual);
}

async function write(
  client: SqlClient,
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  notifyChannel: string | null,
): Promise<AppendOutcome | { kind: 'duplicate'; error: unknown }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await appendEvents(client, streamId, events, expected, notifyChannel);
    } catch (error) {
      if (isPgError(error, '23505', 'es_events_stream_event_id_key')) return { kind: 'duplicate', error };
      // Overtaken on the stream lock (see migration 002): a new transaction gets a younger id.
      if (!isPgError(error, '40001') || attempt === overtakenRetries) throw error;
    }
  }
}

function isPgError(error: unknown, code: string, constraint?: string): boolean {
  const pgError = error as { code?: unknown; constraint?: unknown } | null;
  return pgError?.code === code && (constraint === undefined || pgError.constraint === constraint);
}
