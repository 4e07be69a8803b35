import {
  openPgEventStore,
  PgDriver,
  PgliteDriver,
  PostgresDriver,
  PostgresEventStore,
  RecordedEvent,
} from '@hstf/event-store';
import { ALL_PROJECTIONS, ReadModelQueries } from '@hstf/projections';
import { createTestDatabase, TestDatabase } from '../../helpers/postgres';
import { QUERY_TIME } from './scenario';

export type ReadModelDatabase = 'postgres' | 'pglite';

/**
 * A fresh PostgreSQL database with the event store, and the read models either in the same database (the
 * distributed profile's PostgreSQL) or in an in-memory PGlite (the embedded profile's).
 */
export class ProjectionHarness {
  readonly queries: ReadModelQueries;

  private constructor(
    private readonly database: TestDatabase,
    readonly store: PostgresEventStore,
    readonly readModels: PostgresDriver,
  ) {
    this.queries = new ReadModelQueries(readModels, () => QUERY_TIME);
  }

  get connectionString(): string {
    return this.database.connectionString;
  }

  static async open(label: string, kind: ReadModelDatabase = 'postgres'): Promise<ProjectionHarness> {
    const database = await createTestDatabase(label);
    const pool = { connectionString: database.connectionString, max: 8 };
    const store = await openPgEventStore({ pool, pollIntervalMs: 50 });
    const readModels = kind === 'postgres' ? new PgDriver({ pool }) : await PgliteDriver.open();
    return new ProjectionHarness(database, store, readModels);
  }

  /**
   * Resolves once every projection has applied the event at `position`, the last one a writer appended.
   * Not the store's head: readers see only below the horizon of transactions still running anywhere on
   * the server (other suites' too), so the head can lag behind what was appended.
   */
  async untilCaughtUp(position: bigint, timeoutMs = 20_000): Promise<void> {
    for (const { name } of ALL_PROJECTIONS) {
      if (!(await this.queries.waitForPosition(name, position, { timeoutMs }))) {
        throw new Error(
          `${name} did not reach ${position} in ${timeoutMs} ms (at ${await this.queries.position(name)})`,
        );
      }
    }
  }

  /** Every event of the store once readers see the one at `position` (see untilCaughtUp). */
  async eventsUpTo(position: bigint, timeoutMs = 20_000): Promise<RecordedEvent[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const events = await this.store.readAll({ maxCount: 100_000 });
      if ((events.at(-1)?.globalPosition ?? -1n) >= position) return events;
      if (Date.now() > deadline)
        throw new Error(`position ${position} did not become visible in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Resolves once every projection has applied `count` events. What a Kafka-fed projector waits for: its
   * partitions arrive in no global order, so a position reached says nothing of the positions below it.
   */
  async untilApplied(count: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const statuses = await this.queries.statuses();
      if (statuses.length === ALL_PROJECTIONS.length && statuses.every((s) => s.eventsApplied >= count))
        return;
      if (Date.now() > deadline) {
        throw new Error(
          `not every projection applied ${count} events: ${JSON.stringify(statuses.map((s) => [s.projection, s.eventsApplied]))}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    await this.readModels.close().catch(() => undefined);
    await this.store.close().catch(() => undefined);
    await this.database.drop();
  }
}
