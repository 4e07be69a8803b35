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

export const SEND_SETTINGS = {
  acks: -1,
  compression: CompressionTypes.GZIP,
  timeout: 30_000,
} as const;
