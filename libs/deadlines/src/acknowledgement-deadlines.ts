import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import {
  EVENT_STORE,
  EventStore,
  LOG_FOLLOWER,
  LogFollower,
  PostgresDriver,
  SQL_DATABASE,
} from '@hstf/event-store';
import { Clock, DEADLINE_CLOCK } from './clock';
import { DEADLINE_CONFIG, DeadlineConfig } from './deadline-config';
import { DeadlineProcess } from './deadline-process';
import { DeadlineSchedule } from './deadline-schedule';
import { OVERDUE_MARKER, OverdueMarker } from './overdue-marker';

/** The schedule's name in its tables; a new name would rebuild it from the first directive event. */
export const DEADLINE_SCHEDULE = 'acknowledgement-deadlines';

/** Runs the deadline process manager for as long as the API runs, unless HSTF_DEADLINES=off. */
@Injectable()
export class AcknowledgementDeadlines implements OnModuleInit, OnModuleDestroy {
  private process?: DeadlineProcess;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly sql: PostgresDriver,
    @Inject(DEADLINE_CONFIG) private readonly config: DeadlineConfig,
    @Inject(DEADLINE_CLOCK) private readonly clock: Clock,
    @Inject(OVERDUE_MARKER) private readonly marker: OverdueMarker,
    @Inject(LOG_FOLLOWER) private readonly follower: LogFollower,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.enabled) return;
    this.process = new DeadlineProcess({
      store: this.store,
      schedule: await DeadlineSchedule.open(this.sql, DEADLINE_SCHEDULE),
      marker: this.marker,
      clock: this.clock,
      log: new Logger('AcknowledgementDeadlines'),
      tickMs: this.config.tickMs,
      // The app's one subscription to the log, shared with the embedded profile's projections.
      follower: this.follower,
    });
    this.process.start();
  }

  /** Resolves once a check that began after the call has ended, so every check begun before it has too. */
  checkNow(): Promise<void> {
    return this.process?.checkDeadlines() ?? Promise.resolve();
  }

  async onModuleDestroy(): Promise<void> {
    await this.process?.stop();
  }
}
