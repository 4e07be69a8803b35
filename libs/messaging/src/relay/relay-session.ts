import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import { EVENTS_TOPIC } from '@hstf/contracts';
import { LogConsumer, LogFollower, type RecordedEvent } from '@hstf/event-store';
import { LogSink } from '../log-sink';
import { OutgoingMessage } from '../port';
import { abortableDelay } from './abortable-delay';
import { RetryDelays } from '@hstf/event-store';
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

/** Stopped, or the lease lost, before a batch was acknowledged: it is not checkpointed and is read again. */
class Halted extends Error {}

/**
 * What the relay does while it holds the lease: it is a consumer of the log follower (the one
 * checkpointed subscription mechanism, LogFollower) that publishes each batch until it is acknowledged,
 * then moves its checkpoint. Returns when stopped or when the lease is lost; throws when a batch could not
 * be encoded or checkpointed, and the relay starts a new session from the checkpoint (the co-leads it
 * followed through that batch are then folded anew).
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
  const failed = new AbortController();
  let failure: unknown;
  let coLeads = new CoLeads();
  const consumer: LogConsumer = {
    name: `relay:${name}`,
    // Only the domain's events leave the store: access records and audit checkpoints are not for Kafka.
    streamPrefixes: DOMAIN_STREAM_PREFIXES,
    checkpoint: async () => {
      try {
        const checkpoint = await deps.checkpoints.load(name);
        context.onCheckpoint(checkpoint);
        coLeads = await CoLeads.asOf(deps.store, checkpoint);
        return checkpoint ?? -1n;
      } catch (error) {
        // Ends the session, which the relay logs and restarts after its backoff.
        failure ??= error;
        failed.abort();
        throw error;
      }
    },
    apply: async (events) => {
      try {
        // A relay stopped or without its lease sends nothing more: the holder continues from the checkpoint.
        if (halt.aborted) throw new Halted();
        const messages = await encoded(events, coLeads, deps.store);
        if (halt.aborted) throw new Halted();
        if (!(await publishUntilAcked(context, messages, halt))) throw new Halted();
        // A relay that lost its lease writes nothing more; the new holder continues from the checkpoint.
        if (hold.lost.aborted) throw new Halted();
        await advance(context, events[events.length - 1].globalPosition, events.length);
      } catch (error) {
        if (!(error instanceof Halted)) failure ??= error;
        failed.abort();
        throw error;
      }
    },
    // The session ends on the failure and the relay says why.
    reported: () => true,
  };
  const follower = new LogFollower(deps.store, {
    batchSize: options.maxBatchEvents ?? 1000,
    lingerMs: options.lingerMs ?? 5,
    logger: {
      info: () => undefined,
      warn: (message, fields) => context.logger.warn(`relay "${name}": ${message} ${JSON.stringify(fields)}`),
      error: (message) => context.logger.error(`relay "${name}": ${message}`),
    },
  });
  follower.add(consumer);
  follower.start();
  const over = AbortSignal.any([halt, failed.signal]);
  await new Promise<void>((resolve) => {
    if (over.aborted) resolve();
    else over.addEventListener('abort', () => resolve(), { once: true });
  });
  await follower.stop();
  if (failure !== undefined) throw failure;
}

/** False when halted before an acknowledgement: the batch is not checkpointed and will be read again. */
async function publishUntilAcked(
  { deps, options, metrics, logger, topics, name }: SessionContext,
  messages: OutgoingMessage[],
  halt: AbortSignal,
): Promise<boolean> {
  const delays = new RetryDelays(options.retry);
  for (let attempt = 1; ; attempt++) {
    if (halt.aborted) return false;
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
 * The messages of a batch, in its order. The co-leads follow the batch event by event, so each event goes
 * to the co-leads of its moment; an audience an event lets in first receives what it missed
 * (late-audiences.ts), in the same batch. An event that cannot be routed fails the batch.
 */
async function encoded(
  events: readonly RecordedEvent[],
  coLeads: CoLeads,
  store: RelayDependencies['store'],
): Promise<OutgoingMessage[]> {
  const messages: OutgoingMessage[] = [];
  for (const event of events) {
    messages.push(...(await lateAudienceMessages(store, event, coLeads)));
    coLeads.follow(event);
    messages.push(...eventMessages(event, coLeads));
  }
  return messages;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
