import type { PostgresDriver } from '@hstf/event-store';
import type { TopicPartition } from '@hstf/messaging';
import { Projection } from '../definition/projection';
import { ProjectedEvent } from '../events/projected-event';
import { CATALOG_SCHEMA } from '../store/read-model-catalog';
import { ensureLiveSet, lockLiveSet } from '../store/live-table-set';
import { ProjectionMetrics } from '../metrics/projection-metrics';
import { ApplyOptions, ApplyOutcome, applyOrDeadLetter, applyToTableSet } from './apply-to-table-set';
import { ProjectionLogger, silentLogger } from './projection-logger';
import { BatchRefused } from './refusals';

/**
 * Applies batches of events to a projection's live table set, each batch with its checkpoint in one
 * transaction. The same runner serves every source: the store's subscription, the in-process fan-out and
 * Kafka; they differ only in how they resume (a global position, or an offset per partition).
 */
export class ProjectionRunner {
  constructor(
    private readonly db: PostgresDriver,
    readonly projection: Projection,
    private readonly logger: ProjectionLogger = silentLogger,
    private readonly metrics?: ProjectionMetrics,
  ) {}

  /** Creates the catalog and the first table set when missing; refuses a live set of another version. */
  async prepare(): Promise<void> {
    const version = await ensureLiveSet(this.db, this.projection);
    this.logger.info('projection ready', { projection: this.projection.name, tableSet: version.liveSet });
  }

  async applyBatch(events: readonly ProjectedEvent[], options: ApplyOptions): Promise<ApplyOutcome> {
    try {
      const outcome = await applyOrDeadLetter((mode) =>
        this.db.transaction(async (tx) => {
          const set = await lockLiveSet(tx, this.projection);
          return applyToTableSet(tx, this.projection, set, events, options, mode);
        }),
      );
      this.report(outcome);
      return outcome;
    } catch (error) {
      if (error instanceof BatchRefused) {
        this.logger.error(`batch refused: ${error.message}`, {
          ...error.details,
          refusal: error.name,
          events: events.length,
        });
      }
      throw error;
    }
  }

  // Said once, when committed: a batch retried after a lost connection dead-letters its event only once.
  private report({ deadLetters }: ApplyOutcome): void {
    for (const { event, error } of deadLetters) {
      this.logger.error(`event dead-lettered: ${error}`, {
        projection: this.projection.name,
        eventId: event.id,
        position: String(event.globalPosition),
        streamId: event.streamId,
        type: event.type,
      });
    }
    if (deadLetters.length > 0) this.metrics?.deadLettered(this.projection.name, deadLetters.length);
  }

  /** Global position of the live set: where a store subscription resumes; -1 before the first event. */
  async checkpoint(): Promise<bigint> {
    const [row] = await this.db.query<{ global_position: string }>(
      `SELECT c.global_position::text AS global_position
         FROM ${CATALOG_SCHEMA}.projection_versions v
         JOIN ${CATALOG_SCHEMA}.projection_checkpoints c ON c.table_set = v.live_set
        WHERE v.projection = $1`,
      [this.projection.name],
    );
    return row ? BigInt(row.global_position) : -1n;
  }

  /** The last offset the live set applied from a partition; the fan-out resumes right after it. */
  async storedOffset({ topic, partition }: TopicPartition): Promise<bigint | undefined> {
    const [row] = await this.db.query<{ last_offset: string }>(
      `SELECT o.last_offset::text AS last_offset
         FROM ${CATALOG_SCHEMA}.projection_versions v
         JOIN ${CATALOG_SCHEMA}.projection_offsets o ON o.table_set = v.live_set
        WHERE v.projection = $1 AND o.topic = $2 AND o.partition = $3`,
      [this.projection.name, topic, partition],
    );
    return row ? BigInt(row.last_offset) : undefined;
  }
}
