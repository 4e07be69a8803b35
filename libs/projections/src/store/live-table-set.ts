import type { PostgresDriver, SqlClient } from '@hstf/event-store';
import { Projection } from '../definition/projection';
import { ProjectionNotPrepared, ProjectionOutdated } from '../runner/refusals';
import {
  CATALOG_SCHEMA,
  ensureCatalog,
  lockCatalog,
  ProjectionVersion,
  readVersion,
} from './read-model-catalog';
import { createTableSet, pointViewsAt, tableSetName } from './table-sets';

/**
 * The projection's live table set, created (generation 1, empty) the first time. A live set of another
 * version is refused rather than written by logic that does not match its tables.
 */
export async function ensureLiveSet(db: PostgresDriver, projection: Projection): Promise<ProjectionVersion> {
  await ensureCatalog(db);
  return db.transaction(async (tx) => {
    await lockCatalog(tx);
    const current = await readVersion(tx, projection.name);
    if (current) return requireVersion(projection, current);
    const set = tableSetName(projection, 1);
    await createTableSet(tx, projection, set);
    await pointViewsAt(tx, projection, set);
    await tx.query(
      `INSERT INTO ${CATALOG_SCHEMA}.projection_versions (projection, live_set, generation, definition_version)
       VALUES ($1, $2, 1, $3)`,
      [projection.name, set, projection.version],
    );
    return {
      projection: projection.name,
      liveSet: set,
      generation: 1,
      definitionVersion: projection.version,
      buildingSet: null,
      buildingSince: null,
    };
  });
}

/**
 * Locks the projection's version row for the rest of the transaction and names the live set: batches of
 * one projection are applied one at a time, and a switch to a rebuilt set happens between two of them.
 */
export async function lockLiveSet(tx: SqlClient, projection: Projection): Promise<string> {
  const version = await readVersion(tx, projection.name, 'FOR UPDATE');
  if (!version) throw new ProjectionNotPrepared(projection.name);
  return requireVersion(projection, version).liveSet;
}

function requireVersion(projection: Projection, version: ProjectionVersion): ProjectionVersion {
  if (version.definitionVersion !== projection.version) {
    throw new ProjectionOutdated(projection.name, version.definitionVersion, projection.version);
  }
  return version;
}
