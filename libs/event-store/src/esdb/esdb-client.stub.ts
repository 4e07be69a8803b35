import {
  BACKWARDS,
  type AllStreamResolvedEvent,
  type AppendResult,
  type AppendToStreamOptions,
  type EventData,
  type Filter,
  type Position,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeToAllOptions,
} from '@eventstore/db-client';
import { PassThrough, Readable } from 'node:stream';
import type { EsdbClient } from './esdb-client';

/** A $all subscription as the client hands it out: an object stream with `unsubscribe` and catch-up events. */
export class StubSubscription extends PassThrough {
  unsubscribed = false;
  constructor(readonly options: SubscribeToAllOptions) {
    super({ objectMode: true });
  }
  async unsubscribe(): Promise<void> {
    this.unsubscribed = true;
  }
  deliver(...events: AllStreamResolvedEvent[]): void {
    for (const event of events) this.write(event);
  }
  /** What the client does on a checkpoint message from the server. */
  async checkpoint(position: Position): Promise<void> {
    await this.options.filter?.checkpointReached?.(this as never, position);
  }
  caughtUp(): void {
    this.emit('caughtUp');
  }
}

const streaming = <T>(source: () => AsyncGenerator<T>) =>
  Object.assign(Readable.from(source()), { cancel: async () => {} });

function passes(filter: Filter | undefined, event: NonNullable<AllStreamResolvedEvent['event']>): boolean {
  if (!filter) return true;
  const subject = filter.filterOn === 'eventType' ? event.type : event.streamId;
  return 'prefixes' in filter
    ? filter.prefixes.some((p) => subject.startsWith(p))
    : new RegExp(filter.regex).test(subject);
}

/**
 * The methods the adapter calls, over an in-memory $all log. A subscription replays what is in the log
 * after its start, then a checkpoint and "caught up" as EventStoreDB 23.10+ sends them; `onSubscribe`
 * lets a test take over instead (live events, failures).
 */
export class StubEsdbClient {
  readonly log: AllStreamResolvedEvent[] = [];
  readonly appends: { streamName: string; events: EventData[]; options?: AppendToStreamOptions }[] = [];
  readonly subscriptions: StubSubscription[] = [];
  appendReply: () => Promise<AppendResult> = async () => ({ success: true, nextExpectedRevision: 0n });
  /** The events of a stream read, or the error the read fails with. */
  readStreamReply: (name: string, options?: ReadStreamOptions) => AllStreamResolvedEvent[] | Error = () => [];
  onSubscribe?: (subscription: StubSubscription) => void;
  disposed = false;

  asClient(): EsdbClient {
    return this as unknown as EsdbClient;
  }

  async appendToStream(streamName: string, events: EventData | EventData[], options?: AppendToStreamOptions) {
    this.appends.push({ streamName, events: Array.isArray(events) ? events : [events], options });
    return this.appendReply();
  }

  readStream(streamName: string, options?: ReadStreamOptions) {
    const reply = this.readStreamReply(streamName, options);
    return streaming(async function* () {
      if (reply instanceof Error) throw reply;
      yield* reply;
    });
  }

  /**
   * As the server reads $all: backwards exclusive of `fromPosition` (the adapter finds its tail so),
   * forwards inclusive of it (the adapter reads one event at a position so).
   */
  readAll(options: ReadAllOptions = {}) {
    const from = options.fromPosition;
    const events =
      options.direction === BACKWARDS
        ? [...this.log]
            .reverse()
            .filter((e) => typeof from !== 'object' || e.event!.position.commit < from.commit)
        : this.log.filter((e) => typeof from !== 'object' || e.event!.position.commit >= from.commit);
    return streaming(async function* () {
      yield* events.slice(0, Number(options.maxCount ?? events.length));
    });
  }

  subscribeToAll(options: SubscribeToAllOptions = {}) {
    const subscription = new StubSubscription(options);
    this.subscriptions.push(subscription);
    setImmediate(() => (this.onSubscribe ?? ((s) => this.replay(s)))(subscription));
    return subscription;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
  }

  private async replay(subscription: StubSubscription): Promise<void> {
    const from = subscription.options.fromPosition;
    const after = typeof from === 'object' ? from.commit : -1n;
    const later = this.log.filter((e) => e.event!.position.commit > after);
    subscription.deliver(...later.filter((e) => passes(subscription.options.filter, e.event!)));
    const last = later.at(-1)?.event?.position;
    if (last) await subscription.checkpoint(last);
    subscription.caughtUp();
  }
}
