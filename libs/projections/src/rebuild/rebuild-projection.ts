import type { EventStore, PostgresDriver } from '@hstf/event-store';
import { Projection } from '../definition/projection';
import { ProjectionLogger, silentLogger } from '../runner/projection-logger';
import { CATALOG_SCHEMA, ensureCatalog, lockCatalog, readVersion } from '../store/read-model-catalog';
import { ensureLiveSet } from '../store/live-table-set';
import { createTableSet, dropTableSet, tableSetName } from '../store/table-sets';
import { catchUp, CatchUpProgress } from './catch-up';
import { RebuildCouldNotCatchUp, RebuildInProgress } from './rebuild-errors';
import { switchToTableSet } from './switch-table-set';

export interface RebuildProgress extends CatchUpProgress {
  /** Position of the last event in the store when the rebuild started. */
  readonly head: bigint;
}

export interface RebuildOptions {
  readonly batchSize?: number;
  /** Take over from a rebuild that died without releasing its claim. */
  readonly force?: boolean;
  readonly maxSwitchAttempts?: number;
  readonly logger?: ProjectionLogger;
  readonly onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildResult {
  readonly projection: string;
  readonly previousSet: string;
  readonly tableSet: string;
  readonly eventsApplied: number;
  readonly position: bigint;
}

async function claimNewSet(db: PostgresDriver, projection: Projection, force: boolean): Promise<string> {
  return db.transaction(async (tx) => {
    await lockCatalog(tx);
    const version = await readVersion(tx, projection.name, 'FOR UPDATE');
    if (!version) throw new Error(`${projection.name} has no live table set`);
    if (version.buildingSet !== null && !force) {
      throw new RebuildInProgress(projection.name, version.buildingSet, version.buildingSince);
    }
    const set = tableSetName(projection, version.generation + 1);
    await createTableSet(tx, projection, set);
    await tx.query(
      `UPDATE ${CATALOG_SCHEMA}.projection_versions SET building_set = $2, building_since = now() WHERE projection = $1`,
      [projection.name, set],
    );
    return set;
  });
}

/**
 * Rebuilds a projection from the event store into a new table set beside the live one, then switches
 * the views to it once it holds everything the live one does, and drops the old set. Queries answer from
 * the old set until the switch, and the live runner keeps applying to it, so nothing stops meanwhile.
 */
export async function rebuildProjection(
  db: PostgresDriver,
  store: EventStore,
  projection: Projection,
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const { batchSize = 1000, force = false, maxSwitchAttempts = 50 } = options;
  const logger = options.logger ?? silentLogger;
  await ensureCatalog(db);
  const existing = await readVersion(db, projection.name);
  if (!existing) await ensureLiveSet(db, projection);
  const set = await claimNewSet(db, projection, force);
  const head = await store.headPosition();
  logger.info('rebuild started', { projection: projection.name, tableSet: set, head: String(head) });
  const onPage = (p: CatchUpProgress) => options.onProgress?.({ ...p, head });
  let progress = await catchUp(
    db,
    store,
    projection,
    set,
    { applied: 0, position: -1n },
    { batchSize, until: head, onPage },
  );
  for (let attempt = 1; attempt <= maxSwitchAttempts; attempt++) {
    const outcome = await switchToTableSet(db, projection, set);
    if (outcome.kind === 'switched') {
      await dropTableSet(db, outcome.previousSet);
      logger.info('rebuild switched', {
        projection: projection.name,
        tableSet: set,
        previousSet: outcome.previousSet,
      });
      return {
        projection: projection.name,
        previousSet: outcome.previousSet,
        tableSet: set,
        eventsApplied: progress.applied,
        position: progress.position,
      };
    }
    if (outcome.kind === 'busy') {
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
      continue;
    }
    progress = await catchUp(db, store, projection, set, progress, {
      batchSize,
      until: outcome.liveCheckpoint,
      onPage,
    });
  }
  throw new RebuildCouldNotCatchUp(projection.name, maxSwitchAttempts);
}
