import { readSettings } from '@hstf/contracts';
import { KafkaSecurity, kafkaSecurityFromEnv } from '@hstf/messaging';
import { z } from 'zod';

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const postgresUrl = z
  .string()
  .url()
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

/**
 * The relay process's whole configuration, read once at start. The store is EventStoreDB when
 * ESDB_CONNECTION_STRING is set, else PostgreSQL at DATABASE_URL; the checkpoint and the lease live in
 * PostgreSQL either way (HSTF_RELAY_CHECKPOINT_DATABASE_URL, by default the store's database).
 */
const schema = z
  .object({
    DATABASE_URL: postgresUrl.optional(),
    ESDB_CONNECTION_STRING: z
      .string()
      .startsWith('esdb', 'must be an esdb:// or esdb+discover:// URL')
      .optional(),
    HSTF_RELAY_CHECKPOINT_DATABASE_URL: postgresUrl.optional(),
    KAFKA_BROKERS: brokerList,
    KAFKA_CLIENT_ID: z.string().min(1).default('hstf-relay'),
    KAFKA_LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('warn'),
    KAFKA_COMPRESSION: z.enum(['gzip', 'none']).default('gzip'),
    KAFKA_TOPIC_PARTITIONS: integer(1, 10_000).optional(),
    KAFKA_TOPIC_RETENTION_MS: integer(-1, Number.MAX_SAFE_INTEGER).optional(),
    HSTF_RELAY_NAME: z
      .string()
      .regex(/^[\w.-]{1,100}$/, 'letters, digits, ".", "_" and "-"')
      .default('main'),
    HSTF_RELAY_BATCH_SIZE: integer(1, 50_000).default(1000),
    HSTF_RELAY_LINGER_MS: integer(0, 10_000).default(5),
    RELAY_METRICS_PORT: integer(0, 65_535).default(9464),
    RELAY_METRICS_HOST: z.string().min(1).default('0.0.0.0'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  })
  .transform((env, ctx) => {
    const checkpointUrl = env.HSTF_RELAY_CHECKPOINT_DATABASE_URL ?? env.DATABASE_URL;
    if (!env.ESDB_CONNECTION_STRING && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'set DATABASE_URL (PostgreSQL store) or ESDB_CONNECTION_STRING (EventStoreDB store)',
      });
      return z.NEVER;
    }
    if (!checkpointUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['HSTF_RELAY_CHECKPOINT_DATABASE_URL'],
        message: 'is required with an EventStoreDB store: the checkpoint and the lease live in PostgreSQL',
      });
      return z.NEVER;
    }
    const store = env.ESDB_CONNECTION_STRING
      ? ({ kind: 'esdb', connectionString: env.ESDB_CONNECTION_STRING } as const)
      : ({ kind: 'postgres', connectionString: env.DATABASE_URL! } as const);
    return { ...env, store, checkpointDatabaseUrl: checkpointUrl };
  });

/** With the Kafka login (KAFKA_SASL_*, KAFKA_SSL), read by the messaging library's own rules. */
export type RelayConfig = z.output<typeof schema> & { readonly kafkaSecurity: KafkaSecurity };

export { ConfigError } from '@hstf/contracts';

/** Throws ConfigError with one line per bad or missing setting. */
export function loadRelayConfig(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  const kafka = kafkaSecurityFromEnv(env);
  const settings = readSettings(
    schema,
    env,
    kafka.problems.map((problem) => `${problem.variable}: ${problem.message}`),
  );
  return { ...settings, kafkaSecurity: kafka.security };
}
