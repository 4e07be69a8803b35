import type { SqlClient } from '@hstf/event-store';
import { Projection } from '../definition/projection';
import { ReadModelWriter } from '../definition/read-model-writer';
import { ProjectedEvent } from '../events/projected-event';
import { BatchWriter } from '../store/batch-writer';
import { cannotApply, EvolveFailed, failureMessage, ReadModelWriteFailed } from './apply-failures';

/** The projection's `apply`, with whatever its own logic throws marked as the event's fault. */
export async function applyEvent(
  projection: Projection,
  event: ProjectedEvent,
  writer: ReadModelWriter,
): Promise<void> {
  try {
    await projection.apply(event, writer);
  } catch (error) {
    throw error instanceof ReadModelWriteFailed ? error : new EvolveFailed(error);
  }
}

/**
 * Applies one event and writes its rows inside a savepoint of the caller's transaction. Returns undefined
 * when it applied, or why it cannot be applied, with its writes rolled back and the transaction still
 * usable; an infrastructure failure is thrown, failing the whole transaction.
 */
export async function applyInSavepoint(
  tx: SqlClient,
  projection: Projection,
  set: string,
  event: ProjectedEvent,
): Promise<string | undefined> {
  await tx.query('SAVEPOINT apply_event');
  try {
    // A writer of its own: nothing cached from another event survives that event's rollback.
    const writer = new BatchWriter(tx, set);
    writer.at(event.globalPosition);
    await applyEvent(projection, event, writer);
    await writer.flush();
    await tx.query('RELEASE SAVEPOINT apply_event');
    return undefined;
  } catch (error) {
    if (!cannotApply(error)) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT apply_event');
    return failureMessage(error);
  }
}
