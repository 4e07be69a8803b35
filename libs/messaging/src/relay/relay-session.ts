import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import { EVENTS_TOPIC } from '@hstf/contracts';
import type { RecordedEvent } from '@hstf/event-store';
import { LogSink } from '../log-sink';
import { OutgoingMessage } from '../port';
import { abortableDelay } from './abortable-delay';
import { RetryDelays } from '@hstf/event-store';
import { BatchingReader } from './batching-reader';
import { CoLeads } from './co-leads';
import { lateAudienceMessages } from './late-audiences';
import { eventMessages } from './event-messages';
import { LeaseHold } from './relay-lease';
import { RelayMetrics } from './relay-metrics';
import { RelayDependencies, RelayOptions } from './relay-options';
import { TopicProvisioning } from './topic-provisioning';

export interface SessionContext {
  readonly name: string;
  readonly deps: RelayDependencies;
  readonly options: RelayOptions;
  readonly metrics: RelayMetrics;
  readonly logger: LogSink;
  readonly topics: TopicProvisioning;
  /** Told every checkpoint loaded or saved. */
  readonly onCheckpoint: (position: bigint | undefined) => void;
}

/**
 * What the relay does while it holds the lease: read from the checkpoint, publish each batch until it is
 * acknowledged, then move the checkpoint. Returns when stopped or when the lease is lost; throws when the
 * store or the checkpoint fails, and the relay starts a new session from the checkpoint.
 */
export async function relayWhileHeld(
  context: SessionContext,
  hold: LeaseHold,
  stop: AbortSignal,
): Promise<void> {
  const { deps, options, name } = context;
  const halt = AbortSignal.any([stop, hold.lost]);
  if (halt.aborted) return;
  await context.topics.ensure([EVENTS_TOPIC]);
  const checkpoint = await deps.checkpoints.load(name);
  context.onCheckpoint(checkpoint);
  const coLeads = await CoLeads.asOf(deps.store, checkpoint);
  // Only the domain's events leave the store: access records and audit checkpoints are not for Kafka.
  const subscription = deps.store.subscribe({
    from: checkpoint ?? 'start',
    filter: { streamPrefixes: DOMAIN_STREAM_PREFIXES },
  });
  const reader = new BatchingReader(encoded(subscription, coLeads, deps.store), {
    maxItems: options.maxBatchEvents ?? 1000,
    lingerMs: options.lingerMs ?? 5,
  });
  const closeFeed = () => {
    reader.stop();
    void subscription.close();
  };
  halt.addEventListener('abort', closeFeed, { once: true });
  // Stopped or lost while starting up: an abort that already happened fires no event.
  if (halt.aborted) closeFeed();
  try {
    for (let batch = await reader.next(); batch && !halt.aborted; batch = await reader.next()) {
      if (
        !(await publishUntilAcked(
          context,
          batch.flatMap(({ messages }) => messages),
          halt,
        ))
      )
        return;
      // A relay that lost its lease writes nothing more; the new holder continues from the checkpoint.
      if (hold.lost.aborted) return;
      await advance(context, batch[batch.length - 1].event.globalPosition, batch.length);
    }
  } finally {
    halt.removeEventListener('abort', closeFeed);
    closeFeed();
  }
}

/** False when halted before an acknowledgement: the batch is not checkpointed and will be read again. */
async function publishUntilAcked(
  { deps, options, metrics, logger, topics, name }: SessionContext,
  messages: OutgoingMessage[],
  halt: AbortSignal,
): Promise<boolean> {
  const delays = new RetryDelays(options.retry);
  for (let attempt = 1; ; attempt++) {
    try {
      await topics.ensure(messages.map((message) => message.topic));
      const ended = metrics.batchSeconds.startTimer();
      await deps.fanOut.publish(messages);
      ended();
      metrics.publishedMessages.inc(messages.length);
      return true;
    } catch (error) {
      metrics.publishFailures.inc();
      topics.forget();
      logger.warn(`relay "${name}": publish failed (attempt ${attempt}), retrying: ${errorMessage(error)}`);
      await abortableDelay(delays.next(), halt);
      if (halt.aborted) return false;
    }
  }
}

async function advance(
  { deps, metrics, name, onCheckpoint }: SessionContext,
  position: bigint,
  events: number,
): Promise<void> {
  await deps.checkpoints.save(name, position);
  onCheckpoint(position);
  metrics.publishedEvents.inc(events);
  metrics.batchSize.observe(events);
}

/**
 * Events with their messages, encoded as they are read ahead: the encoding of the next batch overlaps
 * the wait for the broker's acknowledgement of this one. An event that cannot be routed fails the feed.
 * The co-leads follow the feed in its order, so each event goes to the co-leads of its moment.
 */
async function* encoded(
  feed: AsyncIterable<RecordedEvent>,
  coLeads: CoLeads,
  store: RelayDependencies['store'],
): AsyncGenerator<{ event: RecordedEvent; messages: OutgoingMessage[] }> {
  for await (const event of feed) {
    // An audience the event lets in first receives what it missed (late-audiences.ts), in the same batch.
    const missed = await lateAudienceMessages(store, event, coLeads);
    coLeads.follow(event);
    yield { event, messages: [...missed, ...eventMessages(event, coLeads)] };
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
