import type { PostgresDriver } from '@hstf/event-store';
import { Projection } from '../definition/projection';
import { applyInSavepoint } from '../runner/apply-event';
import { CATALOG_SCHEMA } from '../store/read-model-catalog';
import { lockLiveSet } from '../store/live-table-set';
import { deadLettersOf, recordRetryFailure, removeDeadLetter } from './dead-letter';

export interface RetriedDeadLetter {
  readonly eventId: string;
  readonly position: bigint;
  readonly type: string;
  readonly outcome: 'applied' | 'failed';
  /** Why it still cannot be applied (the dead letter keeps it); absent when applied. */
  readonly error?: string;
}

export interface RetryResult {
  readonly projection: string;
  readonly tableSet: string;
  readonly retried: readonly RetriedDeadLetter[];
}

/**
 * Applies a projection's dead letters again, oldest first, with the code of this build (after a fix):
 * one that applies now leaves the table, one that still fails stays with its new error.
 *
 * Safe beside a running projector: the transaction locks the projection's version row, as every batch
 * does, so the runner waits and no switch to a rebuilt set happens meanwhile. A retried event is applied
 * onto the read model as it is now, not as it was at the event's position: the checkpoint and the stream
 * marks are past it already (they do not move), and later events of its aggregate may have been applied
 * (or dead-lettered too, hence the order). Rows it writes carry its own position. Where a projection's
 * result depends on that order, `hstf projections rebuild` gives the exact read model instead.
 */
export async function retryDeadLetters(db: PostgresDriver, projection: Projection): Promise<RetryResult> {
  return db.transaction(async (tx) => {
    const set = await lockLiveSet(tx, projection);
    const retried: RetriedDeadLetter[] = [];
    for (const { letter, event } of await deadLettersOf(tx, set)) {
      const error = await applyInSavepoint(tx, projection, set, event);
      const { eventId, position, type } = letter;
      if (error === undefined) {
        await removeDeadLetter(tx, set, eventId);
        retried.push({ eventId, position, type, outcome: 'applied' });
      } else {
        await recordRetryFailure(tx, set, eventId, error);
        retried.push({ eventId, position, type, outcome: 'failed', error });
      }
    }
    const applied = retried.filter((r) => r.outcome === 'applied').length;
    if (applied > 0) {
      await tx.query(
        `UPDATE ${CATALOG_SCHEMA}.projection_checkpoints
            SET events_applied = events_applied + $2, updated_at = now() WHERE table_set = $1`,
        [set, applied],
      );
    }
    return { projection: projection.name, tableSet: set, retried };
  });
}
