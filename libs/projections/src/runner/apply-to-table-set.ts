import type { SqlClient } from '@hstf/event-store';
import { Projection } from '../definition/projection';
import { ProjectedEvent } from '../events/projected-event';
import { BatchWriter } from '../store/batch-writer';
import { CATALOG_SCHEMA } from '../store/read-model-catalog';
import { qualified } from '../tables/sql-identifiers';
import { insertDeadLetters, NewDeadLetter } from '../dead-letters/dead-letter';
import { cannotApply } from './apply-failures';
import { applyEvent, applyInSavepoint } from './apply-event';
import { StreamConflict, StreamGap } from './refusals';
import { StreamMark, streamVerdict } from './stream-order';

export interface SourceOffset {
  readonly topic: string;
  readonly partition: number;
  /** The last offset of the batch, stored whether its events were new or duplicates. */
  readonly offset: bigint;
}

export interface ApplyOptions {
  /**
   * True when events arrive in global order (the store's readAll and subscription): an event at or below
   * the checkpoint is then a duplicate without looking further. Kafka partitions are ordered only within
   * themselves, so their batches rely on the per-stream check alone.
   */
  readonly ordered: boolean;
  readonly offset?: SourceOffset;
}

export interface ApplyOutcome {
  readonly applied: number;
  readonly duplicates: number;
  /** Events that could not be applied: passed by the checkpoint and written to the dead-letter table. */
  readonly deadLetters: readonly NewDeadLetter[];
  /** The highest global position applied to the table set so far. */
  readonly checkpoint: bigint;
}

async function loadMarks(
  tx: SqlClient,
  set: string,
  events: readonly ProjectedEvent[],
): Promise<Map<string, StreamMark>> {
  const streams = [...new Set(events.map((e) => e.streamId))];
  const rows = await tx.query<{ stream_id: string; position: string; event_id: string }>(
    `SELECT stream_id, position::text AS position, event_id FROM ${qualified(set, 'stream_positions')}
      WHERE stream_id = ANY($1::text[])`,
    [streams],
  );
  return new Map(rows.map((r) => [r.stream_id, { position: BigInt(r.position), eventId: r.event_id }]));
}

async function saveMarks(tx: SqlClient, set: string, marks: Map<string, StreamMark>): Promise<void> {
  if (marks.size === 0) return;
  const entries = [...marks];
  await tx.query(
    `INSERT INTO ${qualified(set, 'stream_positions')} (stream_id, position, event_id)
     SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[])
     ON CONFLICT (stream_id) DO UPDATE SET position = EXCLUDED.position, event_id = EXCLUDED.event_id`,
    [
      entries.map(([s]) => s),
      entries.map(([, m]) => m.position.toString()),
      entries.map(([, m]) => m.eventId),
    ],
  );
}

async function readCheckpoint(tx: SqlClient, set: string): Promise<bigint> {
  const [row] = await tx.query<{ global_position: string }>(
    `SELECT global_position::text AS global_position FROM ${CATALOG_SCHEMA}.projection_checkpoints WHERE table_set = $1`,
    [set],
  );
  if (!row) throw new Error(`Table set ${set} has no checkpoint row`);
  return BigInt(row.global_position);
}

/**
 * How a batch is applied: all its writes together (the usual case, and the fast one), or each event in a
 * savepoint of its own so that one the projection cannot apply is dead-lettered without the others.
 */
export type ApplyMode = 'batch' | 'one-by-one';

/**
 * Applies a batch to one table set and moves its checkpoint, all in the caller's transaction: the rows and
 * the checkpoint commit together or not at all. Throws StreamGap or StreamConflict to refuse the batch.
 * One by one, an event that cannot be applied moves its stream's mark and the checkpoint like an applied
 * one, with its dead letter in the same transaction, so that neither its stream nor the projection stalls.
 */
export async function applyToTableSet(
  tx: SqlClient,
  projection: Projection,
  set: string,
  events: readonly ProjectedEvent[],
  options: ApplyOptions,
  mode: ApplyMode = 'batch',
): Promise<ApplyOutcome> {
  const before = await readCheckpoint(tx, set);
  const marks = await loadMarks(tx, set, events);
  const moved = new Map<string, StreamMark>();
  const writer = new BatchWriter(tx, set);
  const deadLetters: NewDeadLetter[] = [];
  let checkpoint = before;
  let applied = 0;
  for (const event of events) {
    if (options.ordered && event.globalPosition <= before) continue;
    const verdict = streamVerdict(marks.get(event.streamId), event);
    if (verdict.kind === 'gap') {
      throw new StreamGap(projection.name, event.streamId, verdict.expected, event.streamPosition, event.id);
    }
    if (verdict.kind === 'conflict') {
      throw new StreamConflict(
        projection.name,
        event.streamId,
        event.streamPosition,
        verdict.appliedEventId,
        event.id,
      );
    }
    if (verdict.kind === 'duplicate') continue;
    if (mode === 'batch') {
      writer.at(event.globalPosition);
      await applyEvent(projection, event, writer);
      applied += 1;
    } else {
      const error = await applyInSavepoint(tx, projection, set, event);
      if (error === undefined) applied += 1;
      else deadLetters.push({ projection: projection.name, event, error });
    }
    const mark = { position: event.streamPosition, eventId: event.id };
    marks.set(event.streamId, mark);
    moved.set(event.streamId, mark);
    if (event.globalPosition > checkpoint) checkpoint = event.globalPosition;
  }
  await writer.flush();
  await insertDeadLetters(tx, set, deadLetters);
  await saveMarks(tx, set, moved);
  await tx.query(
    `UPDATE ${CATALOG_SCHEMA}.projection_checkpoints
        SET global_position = $2::bigint, events_applied = events_applied + $3, updated_at = now()
      WHERE table_set = $1`,
    [set, checkpoint.toString(), applied],
  );
  if (options.offset) {
    const { topic, partition, offset } = options.offset;
    await tx.query(
      `INSERT INTO ${CATALOG_SCHEMA}.projection_offsets (table_set, topic, partition, last_offset)
       VALUES ($1, $2, $3, $4::bigint)
       ON CONFLICT (table_set, topic, partition) DO UPDATE SET last_offset = EXCLUDED.last_offset`,
      [set, topic, partition, offset.toString()],
    );
  }
  return { applied, duplicates: events.length - applied - deadLetters.length, deadLetters, checkpoint };
}

/**
 * Applies a batch in one transaction, and when an event of it cannot be applied, applies the batch again
 * one event at a time so that only that event is dead-lettered. `run` opens the transaction each time;
 * an infrastructure failure or a refusal is thrown as it came, for the source to deliver the batch again.
 */
export async function applyOrDeadLetter(
  run: (mode: ApplyMode) => Promise<ApplyOutcome>,
): Promise<ApplyOutcome> {
  try {
    return await run('batch');
  } catch (error) {
    if (!cannotApply(error)) throw error;
    return run('one-by-one');
  }
}
