import {
  AllFilter,
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../port';
import { AppendNotifier, NotifyMode } from './append-notifier';
import { appendToStream } from './append-to-stream';
import { checkBatch } from './check-batch';
import { PostgresDriver } from './driver';
import { migrate } from './migrate';
import { PollingSubscription } from './polling-subscription';
import { readAllPage, readEventAt, readHeadPosition } from './read-all';
import { readStreamEvents } from './read-stream';
import { WakeSignal } from './wake-signal';

export interface PostgresEventStoreOptions {
  /** NOTIFY channel of appends, where the driver can listen (a PostgreSQL server). */
  readonly notifyChannel?: string;
  /** When the NOTIFY is sent; see append-notifier.ts for the cost of 'in-transaction'. */
  readonly notify?: NotifyMode;
  /** Events a subscription reads per query. */
  readonly subscriptionBatchSize?: number;
}

export const defaultNotifyChannel = 'hstf_event_store';

/** The EventStore port on PostgreSQL, through a driver: `pg` (server) or PGlite (embedded). */
export class PostgresEventStore implements EventStore {
  private readonly wake = new WakeSignal();
  private readonly subscriptions = new Set<PollingSubscription>();
  private unlisten: (() => Promise<void>) | undefined;
  private notifier: AppendNotifier | undefined;
  /** Passed to es_append when it is to NOTIFY within the append transaction. */
  private inTransactionChannel: string | null = null;
  private readonly serialized: boolean;

  private constructor(
    private readonly driver: PostgresDriver,
    private readonly batchSize: number,
  ) {
    this.serialized = driver.serialized === true;
  }

  /** Applies pending migrations, then starts listening for appends from other processes. */
  static async open(
    driver: PostgresDriver,
    options: PostgresEventStoreOptions = {},
  ): Promise<PostgresEventStore> {
    await migrate(driver);
    const store = new PostgresEventStore(driver, options.subscriptionBatchSize ?? 500);
    if (driver.listen) {
      const channel = options.notifyChannel ?? defaultNotifyChannel;
      if (options.notify === 'in-transaction') store.inTransactionChannel = channel;
      else store.notifier = new AppendNotifier(driver, channel);
      store.unlisten = await driver.listen(channel, () => store.wake.notify());
    }
    return store;
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    checkBatch(streamId, events, expected);
    const result = await appendToStream(this.driver, streamId, events, expected, this.inTransactionChannel);
    // On PGlite, transactions run one at a time: an append to another stream can never be what held back
    // a matching event, so a subscription may sleep through it. On a server a concurrent older append can
    // cut a read short at the horizon and commit later to another stream: every subscription is woken.
    this.wake.notify(this.driver.listen ? undefined : streamId);
    this.notifier?.appended();
    return result;
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return readStreamEvents(this.driver, streamId, options);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const page = await readAllPage(
      this.driver,
      this.serialized,
      options.after ?? -1n,
      options.maxCount,
      options.filter,
    );
    return page.events;
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    const from = options.from ?? 'start';
    const start =
      from === 'start' ? Promise.resolve(-1n) : from === 'end' ? this.headPosition() : Promise.resolve(from);
    const source = {
      readPage: readAllPage.bind(null, this.driver, this.serialized),
      wake: this.wake,
      pollIntervalMs: this.driver.pollIntervalMs,
      batchSize: this.batchSize,
    };
    const subscription = new PollingSubscription(
      source,
      start,
      options.filter,
      (closed) => this.subscriptions.delete(closed),
      options.lingerMs,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  headPosition(filter?: AllFilter): Promise<bigint> {
    return readHeadPosition(this.driver, this.serialized, filter);
  }

  eventAt(position: bigint): Promise<RecordedEvent | undefined> {
    return position < 0n ? Promise.resolve(undefined) : readEventAt(this.driver, position);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.unlisten?.();
    await this.notifier?.stop();
    await this.driver.close();
  }
}
