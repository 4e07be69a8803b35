import type { EventStore, PostgresDriver } from '@hstf/event-store';
import { Projection } from '../definition/projection';
import { fromRecordedEvent } from '../events/from-recorded-event';
import { applyOrDeadLetter, applyToTableSet } from '../runner/apply-to-table-set';

export interface CatchUpProgress {
  readonly applied: number;
  readonly position: bigint;
}

/**
 * Reads the store forward from `after` and applies every page to the table set, one transaction per page,
 * until a page comes back short (nothing more is visible) and the position is at least `until`.
 */
export async function catchUp(
  db: PostgresDriver,
  store: EventStore,
  projection: Projection,
  set: string,
  from: CatchUpProgress,
  options: {
    readonly batchSize: number;
    readonly until?: bigint;
    readonly onPage?: (p: CatchUpProgress) => void;
  },
): Promise<CatchUpProgress> {
  let { applied, position } = from;
  for (;;) {
    const page = await store.readAll({ after: position, maxCount: options.batchSize });
    if (page.length > 0) {
      const events = page.map(fromRecordedEvent);
      // As the live runner does: an event the projection cannot apply is dead-lettered in the new set.
      const outcome = await applyOrDeadLetter((mode) =>
        db.transaction((tx) => applyToTableSet(tx, projection, set, events, { ordered: true }, mode)),
      );
      applied += outcome.applied;
      position = page[page.length - 1].globalPosition;
      options.onPage?.({ applied, position });
    }
    const reached = options.until === undefined || position >= options.until;
    if (page.length < options.batchSize && reached) return { applied, position };
  }
}
