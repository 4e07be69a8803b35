import type { PostgresDriver, SqlClient } from '@hstf/event-store';
import { Projection } from '../definition/projection';
import { CATALOG_SCHEMA, readVersion } from '../store/read-model-catalog';
import { pointViewsAt } from '../store/table-sets';
import { RebuildSuperseded } from './rebuild-errors';

export type SwitchOutcome =
  | { readonly kind: 'switched'; readonly previousSet: string }
  | { readonly kind: 'behind'; readonly liveCheckpoint: bigint }
  | { readonly kind: 'busy' };

/**
 * How long the switch waits for a lock. A query locks the views it reads one after the other, as the swap
 * does, so the two can wait on each other; the switch gives up first and tries again, so that the
 * query is never the one PostgreSQL aborts to break the deadlock.
 */
const LOCK_TIMEOUT = '250ms';
const LOCK_NOT_AVAILABLE = '55P03';

async function checkpointOf(tx: SqlClient, set: string): Promise<bigint> {
  const [row] = await tx.query<{ global_position: string }>(
    `SELECT global_position::text AS global_position FROM ${CATALOG_SCHEMA}.projection_checkpoints WHERE table_set = $1`,
    [set],
  );
  return row ? BigInt(row.global_position) : -1n;
}

/**
 * Makes the rebuilt set live if it holds everything the live one does. The version row is locked, so the
 * live runner waits and its next batch goes to the new set. "Everything" is a position test: the rebuilt
 * set holds every event of the store up to its checkpoint, and whatever the live set applied, from the
 * store or from Kafka, was in the store at or below the live checkpoint. The live set's Kafka offsets move
 * over: events the new set has already are then skipped as duplicates by the per-stream check.
 */
export async function switchToTableSet(
  db: PostgresDriver,
  projection: Projection,
  set: string,
): Promise<SwitchOutcome> {
  return swapInTransaction(db, projection, set).catch((error: { code?: string }) => {
    if (error.code === LOCK_NOT_AVAILABLE) return { kind: 'busy' } as const;
    throw error;
  });
}

function swapInTransaction(db: PostgresDriver, projection: Projection, set: string): Promise<SwitchOutcome> {
  return db.transaction(async (tx) => {
    await tx.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
    const version = await readVersion(tx, projection.name, 'FOR UPDATE');
    if (!version || version.buildingSet !== set) throw new RebuildSuperseded(projection.name, set);
    const liveCheckpoint = await checkpointOf(tx, version.liveSet);
    if (liveCheckpoint > (await checkpointOf(tx, set))) return { kind: 'behind', liveCheckpoint };
    await tx.query(
      `INSERT INTO ${CATALOG_SCHEMA}.projection_offsets (table_set, topic, partition, last_offset)
       SELECT $2, topic, partition, last_offset FROM ${CATALOG_SCHEMA}.projection_offsets WHERE table_set = $1`,
      [version.liveSet, set],
    );
    await pointViewsAt(tx, projection, set);
    await tx.query(
      `UPDATE ${CATALOG_SCHEMA}.projection_versions
          SET live_set = $2, generation = generation + 1, definition_version = $3,
              building_set = NULL, building_since = NULL, switched_at = now()
        WHERE projection = $1`,
      [projection.name, set, projection.version],
    );
    return { kind: 'switched', previousSet: version.liveSet };
  });
}
