import { kafkaConfigFromEnv } from './kafka-config';

describe('Kafka settings from the environment', () => {
  it('reads brokers, client id, log level and topic defaults', () => {
    const config = kafkaConfigFromEnv({
      KAFKA_BROKERS: ' 10.0.0.1:9092, 10.0.0.2:9092 ,',
      KAFKA_CLIENT_ID: 'hstf-relay',
      KAFKA_LOG_LEVEL: 'warn',
      KAFKA_TOPIC_PARTITIONS: '12',
      KAFKA_TOPIC_RETENTION_MS: '-1',
      KAFKA_COMPRESSION: 'none',
    });
    expect(config).toEqual({
      brokers: ['10.0.0.1:9092', '10.0.0.2:9092'],
      clientId: 'hstf-relay',
      compression: 'none',
      logLevel: 'warn',
      topicDefaults: { partitions: 12, retentionMs: -1 },
    });
  });

  it('defaults the client id, log level and leaves topic settings to the broker', () => {
    expect(kafkaConfigFromEnv({ KAFKA_BROKERS: '127.0.0.1:9092' })).toEqual({
      brokers: ['127.0.0.1:9092'],
      clientId: 'hstf',
      compression: 'gzip',
      logLevel: 'info',
      topicDefaults: { partitions: undefined, retentionMs: undefined },
    });
  });

  it('logs in with the SASL settings', () => {
    const config = kafkaConfigFromEnv({
      KAFKA_BROKERS: '127.0.0.1:9092',
      KAFKA_SASL_USERNAME: 'projector',
      KAFKA_SASL_PASSWORD: 's3cret',
    });
    expect(config.sasl).toEqual({ mechanism: 'scram-sha-256', username: 'projector', password: 's3cret' });
    expect(() => kafkaConfigFromEnv({ KAFKA_BROKERS: 'b:9092', KAFKA_SASL_USERNAME: 'projector' })).toThrow(
      'KAFKA_SASL_PASSWORD is required with KAFKA_SASL_USERNAME',
    );
  });

  it('says what is wrong with a missing or malformed setting', () => {
    expect(() => kafkaConfigFromEnv({})).toThrow('KAFKA_BROKERS is not set');
    expect(() => kafkaConfigFromEnv({ KAFKA_BROKERS: 'b:9092', KAFKA_LOG_LEVEL: 'loud' })).toThrow(
      'KAFKA_LOG_LEVEL',
    );
    expect(() => kafkaConfigFromEnv({ KAFKA_BROKERS: 'b:9092', KAFKA_TOPIC_PARTITIONS: 'six' })).toThrow(
      'KAFKA_TOPIC_PARTITIONS must be an integer, got "six"',
    );
    expect(() => kafkaConfigFromEnv({ KAFKA_BROKERS: 'b:9092', KAFKA_COMPRESSION: 'zstd' })).toThrow(
      'KAFKA_COMPRESSION must be gzip or none, got "zstd"',
    );
  });
});
