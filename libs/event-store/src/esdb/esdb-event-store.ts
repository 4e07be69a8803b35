import { BACKWARDS, END, FORWARDS, START } from '@eventstore/db-client';
import type {
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
import { isSystemEventType } from './all-filter';
import { checkAppend } from './check-append';
import { createEsdbClient, type EsdbClient } from './esdb-client';
import { EsdbSubscription } from './esdb-subscription';
import { toEventData, toRecordedEvent } from './event-mapping';
import { cursorAfter, cursorAt, eventPosition, globalPositionOf } from './global-position';
import { readAllBounded } from './read-all-bounded';
import { defaultReconnectPolicy, type ReconnectPolicy } from './reconnect-policy';
import { mapAppendError, mapReadError, toEsdbExpectedRevision, wrongRevision } from './revision-mapping';
import { headOfAll, lastOurEvent } from './tail-of-all';

/** The EventStore port on EventStoreDB (and KurrentDB) 23.10 or later, through @eventstore/db-client. */
export class EsdbEventStore implements EventStore {
  private readonly subscriptions = new Set<EsdbSubscription>();

  constructor(
    private readonly client: EsdbClient,
    private readonly reconnect: ReconnectPolicy = defaultReconnectPolicy,
  ) {}

  static connect(connectionString: string, reconnect?: ReconnectPolicy): EsdbEventStore {
    return new EsdbEventStore(createEsdbClient(connectionString), reconnect);
  }

  /**
   * Idempotency is EventStoreDB's own, by event id: with an expected revision (or 'no_stream') the server
   * compares the ids at the revisions being written and answers a full match with the original result;
   * with 'any' it only recognises a batch whose first id is still in its in-memory cache of recent
   * writes (lost on restart or leader change). A batch that only partly matches is a conflict.
   */
  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    checkAppend(streamId, events, expected);
    const written = await this.client
      .appendToStream(streamId, events.map(toEventData), {
        expectedRevision: toEsdbExpectedRevision(expected),
      })
      .catch((error: unknown) => Promise.reject(mapAppendError(error, streamId, expected)));
    // Only with `throwOnAppendFailure=false` in the connection string does a conflict arrive as a result.
    if (!written.success) throw wrongRevision(streamId, expected, written.nextExpectedRevision);
    const position = written.position
      ? globalPositionOf(written.position)
      : await this.positionOf(streamId, written.nextExpectedRevision);
    return { nextExpectedRevision: written.nextExpectedRevision, position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const backwards = options.direction === 'backwards';
    const read = this.client.readStream(streamId, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision ?? (backwards ? END : START),
      ...(options.maxCount !== undefined && { maxCount: options.maxCount }),
    });
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of read) {
        const event = toRecordedEvent(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      throw mapReadError(error, streamId);
    }
    return events;
  }

  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return readAllBounded(this.client, options);
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    const from = options.from;
    const start = async () => {
      if (from !== 'end') return cursorAfter(from === 'start' ? undefined : from);
      const head = await headOfAll(this.client);
      return head ? cursorAt(head) : cursorAfter(undefined);
    };
    const subscription = new EsdbSubscription(this.client, start, options.filter, this.reconnect);
    for (const done of [...this.subscriptions].filter((open) => open.isClosed))
      this.subscriptions.delete(done);
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(filter?: AllFilter): Promise<bigint> {
    return (await lastOurEvent(this.client, filter)) ?? -1n;
  }

  /**
   * $all read forwards from that position, one record: our event if one starts there. (Not run against a
   * server on this project's machines: the stubbed client's unit test covers the mapping.)
   */
  async eventAt(position: bigint): Promise<RecordedEvent | undefined> {
    if (position < 0n) return undefined;
    const read = this.client.readAll({
      fromPosition: eventPosition(position),
      direction: FORWARDS,
      maxCount: 1,
    });
    for await (const resolved of read) {
      const event = toRecordedEvent(resolved);
      return event?.globalPosition === position && !isSystemEventType(event.type) ? event : undefined;
    }
    return undefined;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  /** Servers leave the position out of some idempotent replies; the stream has it. */
  private async positionOf(streamId: string, revision: bigint): Promise<bigint> {
    const [event] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (!event)
      throw new Error(`EventStoreDB reported ${streamId}@${revision} written but it cannot be read`);
    return event.globalPosition;
  }
}
