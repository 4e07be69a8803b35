import {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  WrongExpectedRevision,
} from '../port';
import { AppendOutcome, appendEvents } from './append-events';
import { checkBatch } from './check-batch';
import { PostgresDriver } from './driver';
import { judgeRetry } from './idempotent-retry';
import { migrate } from './migrate';
import { PollingSubscription } from './polling-subscription';
import { readAllPage, readHeadPosition } from './read-all';
import { readStreamEvents, streamRevision } from './read-stream';
import { findStoredEvents } from './stored-event-ids';
import { WakeSignal } from './wake-signal';

export interface PostgresEventStoreOptions {
  /** NOTIFY channel of appends, where the driver can listen (a PostgreSQL server). */
  readonly notifyChannel?: string;
  /** Events a subscription reads per query. */
  readonly subscriptionBatchSize?: number;
}

export const defaultNotifyChannel = 'hstf_event_store';
const overtakenRetries = 10;

/** The EventStore port on PostgreSQL, through a driver: `pg` (server) or PGlite (embedded). */
export class PostgresEventStore implements EventStore {
  private readonly wake = new WakeSignal();
  private readonly subscriptions = new Set<PollingSubscription>();
  private unlisten: (() => Promise<void>) | undefined;

  private constructor(
    private readonly driver: PostgresDriver,
    private readonly notifyChannel: string | null,
    private readonly batchSize: number,
  ) {}

  /** Applies pending migrations, then starts listening for appends from other processes. */
  static async open(
    driver: PostgresDriver,
    options: PostgresEventStoreOptions = {},
  ): Promise<PostgresEventStore> {
    await migrate(driver);
    const channel = driver.listen ? (options.notifyChannel ?? defaultNotifyChannel) : null;
    const store = new PostgresEventStore(driver, channel, options.subscriptionBatchSize ?? 500);
    if (channel !== null && driver.listen)
      store.unlisten = await driver.listen(channel, () => store.wake.notify());
    return store;
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    checkBatch(streamId, events, expected);
    const outcome = await this.write(streamId, events, expected);
    if (outcome.kind === 'appended') {
      this.wake.notify();
      return outcome.result;
    }
    const ids = events.map((event) => event.id);
    const verdict = judgeRetry(ids, await findStoredEvents(this.driver, streamId, ids), expected);
    if (verdict.kind === 'retry') return verdict.result;
    if (outcome.kind === 'duplicate' && verdict.kind === 'new') throw outcome.error;
    const actual = outcome.kind === 'conflict' ? outcome.actual : await streamRevision(this.driver, streamId);
    throw new WrongExpectedRevision(streamId, expected, actual);
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return readStreamEvents(this.driver, streamId, options);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const page = await readAllPage(this.driver, options.after ?? -1n, options.maxCount, options.filter);
    return page.events;
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    const from = options.from ?? 'start';
    const start =
      from === 'start' ? Promise.resolve(-1n) : from === 'end' ? this.headPosition() : Promise.resolve(from);
    const source = {
      readPage: readAllPage.bind(null, this.driver),
      wake: this.wake,
      pollIntervalMs: this.driver.pollIntervalMs,
      batchSize: this.batchSize,
    };
    const subscription = new PollingSubscription(source, start, options.filter, (closed) =>
      this.subscriptions.delete(closed),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  headPosition(): Promise<bigint> {
    return readHeadPosition(this.driver);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.unlisten?.();
    await this.driver.close();
  }

  private async write(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendOutcome | { kind: 'duplicate'; error: unknown }> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await appendEvents(this.driver, streamId, events, expected, this.notifyChannel);
      } catch (error) {
        if (isPgError(error, '23505', 'es_events_stream_event_id_key')) return { kind: 'duplicate', error };
        // Overtaken on the stream lock (see migration 002): a new transaction gets a younger id.
        if (!isPgError(error, '40001') || attempt === overtakenRetries) throw error;
      }
    }
  }
}

function isPgError(error: unknown, code: string, constraint?: string): boolean {
  const pgError = error as { code?: unknown; constraint?: unknown } | null;
  return pgError?.code === code && (constraint === undefined || pgError.constraint === constraint);
}
