import { ConsumerConfig, logLevel } from 'kafkajs';
import { TopicOptions } from '../port';
import { LogSink } from '../log-sink';
import { KafkaCompression } from './producer-settings';
import { KafkaSecurity, kafkaSecurityFromEnv } from './kafka-security';

export interface KafkaFanOutConfig extends KafkaSecurity {
  readonly brokers: readonly string[];
  /** Shows in broker logs and quotas; one per app (api, relay, projector). */
  readonly clientId?: string;
  readonly logger?: LogSink;
  readonly logLevel?: 'error' | 'warn' | 'info' | 'debug';
  /** Applied by ensureTopics where the call does not say otherwise. */
  readonly topicDefaults?: TopicOptions;
  /** How long `consume` waits for the first group join before giving up. Default 30 s. */
  readonly joinTimeoutMs?: number;
  /** gzip (default) or none. */
  readonly compression?: KafkaCompression;
  /** Uncompressed bytes per produce request; a larger publish goes out in several. Default 768 KiB. */
  readonly maxRequestBytes?: number;
  readonly consumer?: Pick<ConsumerConfig, 'sessionTimeout' | 'heartbeatInterval' | 'maxWaitTimeInMs'>;
}

export const KAFKA_LOG_LEVELS = {
  error: logLevel.ERROR,
  warn: logLevel.WARN,
  info: logLevel.INFO,
  debug: logLevel.DEBUG,
} as const;

/**
 * KAFKA_BROKERS (comma-separated host:port), KAFKA_CLIENT_ID, KAFKA_LOG_LEVEL,
 * KAFKA_TOPIC_PARTITIONS, KAFKA_TOPIC_RETENTION_MS and KAFKA_COMPRESSION (gzip or none); the login:
 * KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE, and KAFKA_SSL
 * (see kafkaSecurityFromEnv).
 */
export function kafkaConfigFromEnv(env: NodeJS.ProcessEnv = process.env): KafkaFanOutConfig {
  const brokers = (env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (brokers.length === 0) throw new Error('KAFKA_BROKERS is not set (e.g. 127.0.0.1:9092)');
  const level = env.KAFKA_LOG_LEVEL ?? 'info';
  if (!(level in KAFKA_LOG_LEVELS))
    throw new Error(`KAFKA_LOG_LEVEL must be one of error, warn, info, debug`);
  const compression = env.KAFKA_COMPRESSION || 'gzip';
  if (compression !== 'gzip' && compression !== 'none')
    throw new Error(`KAFKA_COMPRESSION must be gzip or none, got ${JSON.stringify(compression)}`);
  const { security, problems } = kafkaSecurityFromEnv(env);
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.variable} ${p.message}`).join('; '));
  return {
    ...security,
    brokers,
    clientId: env.KAFKA_CLIENT_ID ?? 'hstf',
    compression,
    logLevel: level as keyof typeof KAFKA_LOG_LEVELS,
    topicDefaults: {
      partitions: optionalInteger(env, 'KAFKA_TOPIC_PARTITIONS'),
      retentionMs: optionalInteger(env, 'KAFKA_TOPIC_RETENTION_MS'),
    },
  };
}

function optionalInteger(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got ${JSON.stringify(raw)}`);
  return value;
}
