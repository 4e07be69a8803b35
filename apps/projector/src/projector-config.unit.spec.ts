import { ConfigError, loadProjectorConfig } from './projector-config';

const minimal = { DATABASE_URL: 'postgres://hstf@db:5432/read_models', KAFKA_BROKERS: 'k1:9092, k2:9092' };

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadProjectorConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('configuration was accepted');
}

describe('projector configuration', () => {
  it('needs only the read models database and the brokers; runs every projection on hstf.events.v1', () => {
    expect(loadProjectorConfig(minimal)).toMatchObject({
      DATABASE_URL: minimal.DATABASE_URL,
      DATABASE_POOL_SIZE: 10,
      KAFKA_BROKERS: ['k1:9092', 'k2:9092'],
      KAFKA_CLIENT_ID: 'hstf-projector',
      HSTF_PROJECTIONS: [
        'state_board',
        'agency_inbox',
        'feed',
        'tallies',
        'remission_ledger',
        'victim_services',
        'outreach',
      ],
      HSTF_PROJECTOR_TOPIC: 'hstf.events.v1',
      HSTF_PROJECTOR_GROUP_PREFIX: 'hstf-projector',
      LOG_LEVEL: 'info',
    });
  });

  it('logs in to Kafka as the user of its SASL settings, and names a bad one', () => {
    const config = loadProjectorConfig({
      ...minimal,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'projector',
      KAFKA_SASL_PASSWORD: 's3cret',
    });
    expect(config.kafkaSecurity.sasl).toEqual({
      mechanism: 'scram-sha-512',
      username: 'projector',
      password: 's3cret',
    });
    expect(problemsOf({ ...minimal, KAFKA_SASL_PASSWORD: 's3cret' })).toEqual([
      'KAFKA_SASL_PASSWORD: is set without KAFKA_SASL_USERNAME',
    ]);
  });

  it('runs only the projections named', () => {
    expect(
      loadProjectorConfig({ ...minimal, HSTF_PROJECTIONS: 'feed, agency_inbox' }).HSTF_PROJECTIONS,
    ).toEqual(['feed', 'agency_inbox']);
  });

  it('says what is missing, one line per setting', () => {
    expect(problemsOf({})).toEqual([
      'DATABASE_URL: is required: the PostgreSQL database of the read models (postgres://...)',
      'KAFKA_BROKERS: is required: the Kafka brokers as host:port, comma-separated',
    ]);
  });

  it('says what is wrong with each bad setting', () => {
    expect(
      problemsOf({
        DATABASE_URL: 'mysql://db/x',
        KAFKA_BROKERS: 'kafka',
        DATABASE_POOL_SIZE: 'many',
        HSTF_PROJECTIONS: 'state_board,arrest_counts',
        LOG_LEVEL: 'loud',
      }),
    ).toEqual([
      'DATABASE_URL: must be a postgres:// or postgresql:// URL',
      expect.stringMatching(/^DATABASE_POOL_SIZE: /),
      'KAFKA_BROKERS: every broker must be host:port (e.g. 127.0.0.1:9092)',
      'HSTF_PROJECTIONS: names a projection that does not exist; the projections are state_board, agency_inbox, feed, tallies, remission_ledger, victim_services, outreach',
      expect.stringMatching(/^LOG_LEVEL: /),
    ]);
  });
});
