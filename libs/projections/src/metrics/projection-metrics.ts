import type { SqlClient } from '@hstf/event-store';
import { Counter, Gauge, Registry } from 'prom-client';
import { liveDeadLetters } from '../dead-letters/dead-letter';

/**
 * The projections' Prometheus metrics on a registry the caller owns: the API's in the embedded profile,
 * the projector process's own in the distributed one. The counter is this process's (it resets with the
 * process, and each projector replica counts what it dead-lettered); the gauge is read from the
 * dead-letter table at scrape time, so every process that scrapes it agrees.
 */
export class ProjectionMetrics {
  readonly deadLettersTotal: Counter<'projection'>;
  readonly deadLettersUnresolved: Gauge<'projection'>;

  constructor(
    private readonly registry: Registry,
    readModels: SqlClient,
    private readonly projections: readonly string[],
  ) {
    const registers = [registry];
    this.deadLettersTotal = new Counter({
      name: 'hstf_projection_dead_letters_total',
      help: 'Events this process could not apply to a projection and wrote to its dead-letter table',
      labelNames: ['projection'] as const,
      registers,
    });
    this.deadLettersUnresolved = new Gauge({
      name: 'hstf_projection_dead_letters_unresolved',
      help: 'Dead letters of the live read model not yet applied by `hstf projections retry`',
      labelNames: ['projection'] as const,
      registers,
      // A failed read (the database unavailable) leaves the last values: the gauge says nothing it does not know.
      async collect() {
        const letters = await liveDeadLetters(readModels).catch(() => undefined);
        if (letters === undefined) return;
        for (const projection of projections) {
          this.set({ projection }, letters.filter((l) => l.projection === projection).length);
        }
      },
    });
    // Every series exists from the start, at 0, so that an alert on an increase sees the first one.
    for (const projection of projections) this.deadLettersTotal.inc({ projection }, 0);
  }

  /**
   * How far each projection is behind its source, read at scrape time: in store positions where it reads
   * the store's log (the embedded profile), in messages where it reads a Kafka topic (the projector). An
   * unanswered probe (source unavailable) leaves the last value.
   */
  reportLagWith(unit: 'positions' | 'messages', probe: (projection: string) => Promise<bigint>): void {
    const projections = this.projections;
    new Gauge({
      name: `hstf_projection_lag_${unit}`,
      help:
        unit === 'positions'
          ? "Store head position minus the projection's checkpoint (0: caught up)"
          : 'Messages of the topic the projection has not applied yet, over all partitions (0: caught up)',
      labelNames: ['projection'] as const,
      registers: [this.registry],
      async collect() {
        for (const projection of projections) {
          const lag = await probe(projection).catch(() => undefined);
          if (lag !== undefined) this.set({ projection }, Number(lag));
        }
      },
    });
  }

  deadLettered(projection: string, count: number): void {
    this.deadLettersTotal.inc({ projection }, count);
  }
}
