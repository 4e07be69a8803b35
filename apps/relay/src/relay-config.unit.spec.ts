import { ConfigError, loadRelayConfig } from './relay-config';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hstf', KAFKA_BROKERS: '127.0.0.1:9092' };

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadRelayConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('relay configuration', () => {
  it('relays a PostgreSQL store and keeps its checkpoint in the same database by default', () => {
    const config = loadRelayConfig(base);
    expect(config.store).toEqual({ kind: 'postgres', connectionString: base.DATABASE_URL });
    expect(config.checkpointDatabaseUrl).toBe(base.DATABASE_URL);
    expect(config).toMatchObject({
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      KAFKA_CLIENT_ID: 'hstf-relay',
      KAFKA_COMPRESSION: 'gzip',
      HSTF_RELAY_NAME: 'main',
      HSTF_RELAY_BATCH_SIZE: 1000,
      RELAY_METRICS_PORT: 9464,
      LOG_LEVEL: 'info',
    });
  });

  it('relays an EventStoreDB store with the checkpoint in the PostgreSQL named for it', () => {
    const config = loadRelayConfig({
      ESDB_CONNECTION_STRING: 'esdb://127.0.0.1:2113?tls=false',
      HSTF_RELAY_CHECKPOINT_DATABASE_URL: 'postgres://127.0.0.1/relay',
      KAFKA_BROKERS: 'k1:9092, k2:9092',
    });
    expect(config.store).toEqual({ kind: 'esdb', connectionString: 'esdb://127.0.0.1:2113?tls=false' });
    expect(config.checkpointDatabaseUrl).toBe('postgres://127.0.0.1/relay');
    expect(config.KAFKA_BROKERS).toEqual(['k1:9092', 'k2:9092']);
  });

  it('says what is missing when no store is configured', () => {
    expect(problemsOf({ KAFKA_BROKERS: '127.0.0.1:9092' })).toEqual([
      'DATABASE_URL: set DATABASE_URL (PostgreSQL store) or ESDB_CONNECTION_STRING (EventStoreDB store)',
    ]);
  });

  it('wants a PostgreSQL database for the checkpoint of an EventStoreDB store', () => {
    expect(
      problemsOf({ ESDB_CONNECTION_STRING: 'esdb://127.0.0.1:2113', KAFKA_BROKERS: '127.0.0.1:9092' }),
    ).toEqual([
      'HSTF_RELAY_CHECKPOINT_DATABASE_URL: is required with an EventStoreDB store: the checkpoint and the lease live in PostgreSQL',
    ]);
  });

  it('names every bad setting at once, one line each', () => {
    const problems = problemsOf({
      DATABASE_URL: 'mysql://db/hstf',
      KAFKA_BROKERS: '127.0.0.1',
      RELAY_METRICS_PORT: '70000',
      HSTF_RELAY_BATCH_SIZE: 'many',
      LOG_LEVEL: 'loud',
      KAFKA_COMPRESSION: 'zstd',
    });
    expect(problems).toHaveLength(6);
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'DATABASE_URL',
      'HSTF_RELAY_BATCH_SIZE',
      'KAFKA_BROKERS',
      'KAFKA_COMPRESSION',
      'LOG_LEVEL',
      'RELAY_METRICS_PORT',
    ]);
    expect(problems).toContain('KAFKA_BROKERS: every broker must be host:port (e.g. 127.0.0.1:9092)');
    expect(problems).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  });

  it('needs brokers', () => {
    expect(problemsOf({ DATABASE_URL: base.DATABASE_URL })).toEqual([
      'KAFKA_BROKERS: is required: the Kafka brokers as host:port, comma-separated',
    ]);
  });

  it('logs in to Kafka as the user of its SASL settings, and names a bad one', () => {
    const config = loadRelayConfig({ ...base, KAFKA_SASL_USERNAME: 'relay', KAFKA_SASL_PASSWORD: 's3cret' });
    expect(config.kafkaSecurity).toEqual({
      sasl: { mechanism: 'scram-sha-256', username: 'relay', password: 's3cret' },
    });
    expect(loadRelayConfig(base).kafkaSecurity).toEqual({});
    expect(problemsOf({ ...base, KAFKA_SASL_USERNAME: 'relay' })).toEqual([
      'KAFKA_SASL_PASSWORD: is required with KAFKA_SASL_USERNAME (or KAFKA_SASL_PASSWORD_FILE)',
    ]);
  });
});
