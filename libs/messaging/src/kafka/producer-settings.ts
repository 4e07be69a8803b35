import { CompressionTypes, Partitioners, ProducerConfig } from 'kafkajs';

/**
 * Idempotence lets the producer retry without writing duplicates or reordering within a partition;
 * kafkajs requires acks=all for it and keeps order only with one request in flight per connection.
 */
export const PRODUCER_CONFIG: ProducerConfig = {
  idempotent: true,
  maxInFlightRequests: 1,
  allowAutoTopicCreation: false,
  // Explicit, so kafkajs does not warn about its v2 default change; Kafka's murmur2 partitioning.
  createPartitioner: Partitioners.DefaultPartitioner,
};

/** The codecs kafkajs ships without native add-ons. */
export type KafkaCompression = 'gzip' | 'none';

const CODECS = { gzip: CompressionTypes.GZIP, none: CompressionTypes.None } as const;

/** gzip by default: envelopes are repetitive JSON; `none` trades broker disk and network for relay CPU. */
export function sendSettings(compression: KafkaCompression = 'gzip') {
  return { acks: -1, compression: CODECS[compression], timeout: 30_000 } as const;
}
