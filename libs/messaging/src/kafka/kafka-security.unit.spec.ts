import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkaSecurityFromEnv } from './kafka-security';

describe('Kafka login from the environment', () => {
  it('is no SASL without a user, and TLS only when asked for', () => {
    expect(kafkaSecurityFromEnv({})).toEqual({ security: {}, problems: [] });
    expect(kafkaSecurityFromEnv({ KAFKA_SSL: 'true' })).toEqual({ security: { ssl: true }, problems: [] });
  });

  it('logs in with SCRAM-SHA-256 unless told SCRAM-SHA-512', () => {
    expect(kafkaSecurityFromEnv({ KAFKA_SASL_USERNAME: 'relay', KAFKA_SASL_PASSWORD: 's3cret' })).toEqual({
      security: { sasl: { mechanism: 'scram-sha-256', username: 'relay', password: 's3cret' } },
      problems: [],
    });
    const { security } = kafkaSecurityFromEnv({
      KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
      KAFKA_SASL_USERNAME: 'relay',
      KAFKA_SASL_PASSWORD: 's3cret',
      KAFKA_SSL: 'true',
    });
    expect(security).toEqual({
      sasl: { mechanism: 'scram-sha-512', username: 'relay', password: 's3cret' },
      ssl: true,
    });
  });

  it('reads the password from a file, without its trailing line break', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hstf-kafka-security-')), 'relay.password');
    writeFileSync(file, 'from-a-file\n');
    expect(
      kafkaSecurityFromEnv({ KAFKA_SASL_USERNAME: 'relay', KAFKA_SASL_PASSWORD_FILE: file }).security.sasl
        ?.password,
    ).toBe('from-a-file');
  });

  it('names every setting that is wrong', () => {
    const problemsOf = (env: NodeJS.ProcessEnv) => kafkaSecurityFromEnv(env).problems;
    expect(problemsOf({ KAFKA_SASL_USERNAME: 'relay' })).toEqual([
      {
        variable: 'KAFKA_SASL_PASSWORD',
        message: 'is required with KAFKA_SASL_USERNAME (or KAFKA_SASL_PASSWORD_FILE)',
      },
    ]);
    expect(problemsOf({ KAFKA_SASL_PASSWORD: 'orphan' })).toEqual([
      { variable: 'KAFKA_SASL_PASSWORD', message: 'is set without KAFKA_SASL_USERNAME' },
    ]);
    expect(
      problemsOf({ KAFKA_SASL_USERNAME: 'relay', KAFKA_SASL_PASSWORD: 'x', KAFKA_SASL_MECHANISM: 'plain' }),
    ).toEqual([
      {
        variable: 'KAFKA_SASL_MECHANISM',
        message: 'must be one of scram-sha-256, scram-sha-512, got "plain"',
      },
    ]);
    expect(
      problemsOf({ KAFKA_SASL_USERNAME: 'relay', KAFKA_SASL_PASSWORD: 'x', KAFKA_SASL_PASSWORD_FILE: '/f' }),
    ).toEqual([{ variable: 'KAFKA_SASL_PASSWORD_FILE', message: 'and KAFKA_SASL_PASSWORD are both set' }]);
    expect(
      problemsOf({ KAFKA_SASL_USERNAME: 'relay', KAFKA_SASL_PASSWORD_FILE: '/nonexistent/relay.password' }),
    ).toEqual([{ variable: 'KAFKA_SASL_PASSWORD_FILE', message: expect.stringContaining('cannot be read') }]);
    expect(problemsOf({ KAFKA_SSL: 'yes' })).toEqual([
      { variable: 'KAFKA_SSL', message: 'must be true or false, got "yes"' },
    ]);
  });
});
