import { EVENTS_TOPIC, readSettings } from '@hstf/contracts';
import { ALL_PROJECTIONS } from '@hstf/projections';
import { KafkaSecurity, kafkaSecurityFromEnv } from '@hstf/messaging';
import { z } from 'zod';

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const names = ALL_PROJECTIONS.map((p) => p.name);

const postgresUrl = z
  .string({ error: 'is required: the PostgreSQL database of the read models (postgres://...)' })
  .url('must be a URL (postgres://user:password@host:5432/database)')
  .refine((url) => /^postgres(ql)?:\/\//.test(url), 'must be a postgres:// or postgresql:// URL');

const brokerList = z
  .string({ error: 'is required: the Kafka brokers as host:port, comma-separated' })
  .transform((raw) =>
    raw
      .split(',')
      .map((broker) => broker.trim())
      .filter(Boolean),
  )
  .refine((brokers) => brokers.length > 0, 'must name at least one broker (host:port, comma-separated)')
  .refine(
    (brokers) => brokers.every((broker) => /^[^\s:]+:\d{1,5}$/.test(broker)),
    'every broker must be host:port (e.g. 127.0.0.1:9092)',
  );

const projectionList = z
  .string()
  .optional()
  .transform((raw) =>
    raw === undefined || raw.trim() === ''
      ? names
      : raw
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean),
  )
  .refine((list) => list.every((name) => names.includes(name)), {
    message: `names a projection that does not exist; the projections are ${names.join(', ')}`,
  });

/**
 * The projector process's whole configuration, read once at start: the read models' PostgreSQL, the
 * Kafka brokers, and which projections this replica runs (each in its own consumer group).
 */
const schema = z.object({
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: integer(1, 200).default(10),
  KAFKA_BROKERS: brokerList,
  KAFKA_CLIENT_ID: z.string().min(1).default('hstf-projector'),
  KAFKA_LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('warn'),
  KAFKA_TOPIC_PARTITIONS: integer(1, 10_000).optional(),
  KAFKA_TOPIC_RETENTION_MS: integer(-1, Number.MAX_SAFE_INTEGER).optional(),
  HSTF_PROJECTIONS: projectionList,
  HSTF_PROJECTOR_TOPIC: z
    .string()
    .regex(/^[a-zA-Z0-9._-]{1,249}$/, 'must be a Kafka topic name')
    .default(EVENTS_TOPIC),
  HSTF_PROJECTOR_GROUP_PREFIX: z
    .string()
    .regex(/^[\w.-]{1,200}$/, 'letters, digits, ".", "_" and "-"')
    .default('hstf-projector'),
  /** Prometheus `/metrics` (dead letters per projection) and `/health`; 0 picks a free port. */
  PROJECTOR_METRICS_PORT: integer(0, 65_535).default(9465),
  PROJECTOR_METRICS_HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

/** With the Kafka login (KAFKA_SASL_*, KAFKA_SSL), read by the messaging library's own rules. */
export type ProjectorConfig = z.output<typeof schema> & { readonly kafkaSecurity: KafkaSecurity };

export { ConfigError } from '@hstf/contracts';

/** Throws ConfigError with one line per bad or missing setting. */
export function loadProjectorConfig(env: NodeJS.ProcessEnv = process.env): ProjectorConfig {
  const kafka = kafkaSecurityFromEnv(env);
  const settings = readSettings(
    schema,
    env,
    kafka.problems.map((problem) => `${problem.variable}: ${problem.message}`),
  );
  return { ...settings, kafkaSecurity: kafka.security };
}
