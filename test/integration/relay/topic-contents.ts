import { EVENTS_TOPIC } from '@hstf/contracts';
import { decodeRelayedEnvelope, IncomingMessage, KafkaFanOut } from '@hstf/messaging';
import { rawKafka, uniqueName } from '../../helpers/kafka';

/** Next offset of every partition of the topics that exist, keyed `topic:partition`. */
export type EndOffsets = ReadonlyMap<string, bigint>;

/** Where the shared topics end before a test publishes: what it reads starts there. */
export async function endOffsets(topics: readonly string[]): Promise<EndOffsets> {
  const admin = (await rawKafka()).admin();
  await admin.connect();
  try {
    const present = new Set(await admin.listTopics());
    const ends = new Map<string, bigint>();
    for (const topic of topics.filter((t) => present.has(t))) {
      for (const { partition, high } of await offsetsOnceLed(admin, topic)) {
        ends.set(`${topic}:${partition}`, BigInt(high));
      }
    }
    return ends;
  } finally {
    await admin.disconnect();
  }
}

type Admin = ReturnType<Awaited<ReturnType<typeof rawKafka>>['admin']>;

/**
 * A topic another suite just created may not have its partition leaders elected yet, and the broker then
 * answers NOT_LEADER_FOR_PARTITION: a retriable error, after which the metadata is read again.
 */
async function offsetsOnceLed(admin: Admin, topic: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await admin.fetchTopicOffsets(topic);
    } catch (error) {
      if (!(error as { retriable?: boolean }).retriable || attempt >= 20) throw error;
      await admin.fetchTopicMetadata({ topics: [topic] });
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

export interface ReadOptions {
  readonly from?: EndOffsets;
  /** Messages of other runs on shared topics (hstf.events.v1) are left out. */
  readonly ours: (message: IncomingMessage) => boolean;
  readonly expected: number;
  readonly timeoutMs?: number;
  /** How long to go on reading once `expected` arrived, to catch what should not be there. */
  readonly settleMs?: number;
}

/** Our messages on `topics`, in delivery order per partition, once `expected` of them arrived and settled. */
export async function readTopics(
  fanOut: KafkaFanOut,
  topics: readonly string[],
  options: ReadOptions,
): Promise<IncomingMessage[]> {
  const seen: IncomingMessage[] = [];
  let arrived!: () => void;
  const enough = new Promise<void>((resolve) => (arrived = resolve));
  const consumer = await fanOut.consume({
    group: uniqueName('relay-reader'),
    topics,
    resumeFrom: async ({ topic, partition }) => {
      const end = options.from?.get(`${topic}:${partition}`);
      return end === undefined || end === 0n ? undefined : end - 1n;
    },
    handler: async (batch) => {
      seen.push(...batch.messages.filter(options.ours));
      if (seen.length >= options.expected) arrived();
    },
  });
  try {
    const timeoutMs = options.timeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`read ${seen.length} of ${options.expected} messages in ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    await Promise.race([enough, expired]).finally(() => clearTimeout(timer));
    await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 1000));
    return [...seen];
  } finally {
    await consumer.stop();
  }
}

/** Event ids in the order a topic delivered them, per topic. */
export function idsByTopic(messages: readonly IncomingMessage[]): Map<string, string[]> {
  const byTopic = new Map<string, string[]>();
  for (const message of messages) {
    const ids = byTopic.get(message.topic) ?? [];
    ids.push(message.headers.id);
    byTopic.set(message.topic, ids);
  }
  return byTopic;
}

/** Stream positions per topic and stream, in delivery order, duplicates dropped (first delivery kept). */
export function positionsByStream(messages: readonly IncomingMessage[]): Map<string, bigint[]> {
  const firstSeen = new Set<string>();
  const positions = new Map<string, bigint[]>();
  for (const message of messages) {
    const seenKey = `${message.topic}|${message.headers.id}`;
    if (firstSeen.has(seenKey)) continue;
    firstSeen.add(seenKey);
    const envelope = decodeRelayedEnvelope(message.value);
    const key = `${message.topic}|${envelope.streamId}`;
    positions.set(key, [...(positions.get(key) ?? []), envelope.streamPosition]);
  }
  return positions;
}

export const isEventsTopic = (topic: string): boolean => topic === EVENTS_TOPIC;
