import { openPgEventStore, PgDriver, PostgresEventStore } from '@hstf/event-store';
import {
  AdvisoryLockLease,
  EventRelay,
  KafkaFanOut,
  LogSink,
  MessagePublisher,
  PostgresCheckpointStore,
  RelayOptions,
  TopicProvisioner,
} from '@hstf/messaging';
import { kafkaFanOut, RecordingLogSink } from '../../helpers/kafka';
import { createTestDatabase, TestDatabase } from '../../helpers/postgres';

/** A fresh database with the event store and the relay's checkpoint table, and a Kafka fan-out. */
export class RelayHarness {
  private readonly relays: EventRelay[] = [];
  private readonly drivers: PgDriver[] = [];

  private constructor(
    readonly database: TestDatabase,
    readonly store: PostgresEventStore,
    readonly fanOut: KafkaFanOut,
    readonly checkpoints: PostgresCheckpointStore,
    readonly logger: RecordingLogSink,
  ) {}

  static async open(label: string): Promise<RelayHarness> {
    const database = await createTestDatabase(label);
    const store = await openPgEventStore({ pool: { connectionString: database.connectionString } });
    const logger = new RecordingLogSink();
    const driver = new PgDriver({ pool: { connectionString: database.connectionString, max: 4 } });
    const harness = new RelayHarness(
      database,
      store,
      await kafkaFanOut(`relay-${label}`, logger),
      await PostgresCheckpointStore.open(driver),
      logger,
    );
    harness.drivers.push(driver);
    return harness;
  }

  /** A relay on this database; started, contending for the lease of `options.name`. */
  relay(
    options: RelayOptions & { fanOut?: MessagePublisher & TopicProvisioner; logger?: LogSink } = {},
  ): EventRelay {
    const name = options.name ?? 'main';
    const logger = options.logger ?? this.logger;
    const lease = new AdvisoryLockLease({
      connection: { connectionString: this.database.connectionString },
      name,
      retryIntervalMs: 200,
      logger,
    });
    const relay = new EventRelay(
      {
        store: this.store,
        fanOut: options.fanOut ?? this.fanOut,
        checkpoints: this.checkpoints,
        lease,
        logger,
      },
      { retry: { initialMs: 50, maxMs: 500 }, ...options, name },
    );
    this.relays.push(relay);
    relay.start();
    return relay;
  }

  async close(): Promise<void> {
    await Promise.all(this.relays.map((relay) => relay.stop()));
    await this.fanOut.close();
    await this.store.close();
    await Promise.all(this.drivers.map((driver) => driver.close()));
    await this.database.drop();
  }
}
