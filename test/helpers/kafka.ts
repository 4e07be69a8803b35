import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { KafkaFanOut, KafkaSasl, KafkaSecurity, kafkaSecurityFromEnv, LogSink } from '@hstf/messaging';

/** A cold first start resolves the broker's jars from Maven Central; give beforeAll that long. */
export const KAFKA_START_TIMEOUT_MS = 300_000;
/** A group's first join on a fresh or busy broker takes seconds; Jest's default 5 s is too tight. */
export const KAFKA_TEST_TIMEOUT_MS = 30_000;

let localBroker: Promise<string[]> | undefined;

/**
 * Brokers for tests: KAFKA_BROKERS when set, otherwise the project's local KRaft broker on 127.0.0.1
 * (KAFKA_PORT, default 9092), started by scripts/kafka.sh at most once per test file; the script itself
 * is a no-op when the broker already runs, so parallel suites share one.
 */
export function kafkaBrokers(): Promise<string[]> {
  const configured = process.env.KAFKA_BROKERS;
  if (configured)
    return Promise.resolve(
      configured
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean),
    );
  localBroker ??= startLocalBroker();
  return localBroker;
}

async function startLocalBroker(): Promise<string[]> {
  const script = join(__dirname, '..', '..', 'scripts', 'kafka.sh');
  try {
    await promisify(execFile)('bash', [script, 'start'], { timeout: KAFKA_START_TIMEOUT_MS });
  } catch (error) {
    localBroker = undefined;
    const { stderr } = error as { stderr?: string };
    throw new Error(
      `scripts/kafka.sh start failed; set KAFKA_BROKERS to use another broker.\n${stderr ?? error}`,
    );
  }
  return [`127.0.0.1:${process.env.KAFKA_PORT ?? '9092'}`];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/**
 * Where scripts/kafka.sh keeps the local broker's passwords (`<user>.password`): KAFKA_CREDENTIALS_DIR,
 * else `<KAFKA_RUN_DIR or .kafka/<port>>/credentials` of the broker the tests use.
 */
export async function localCredentialsDir(): Promise<string> {
  if (process.env.KAFKA_CREDENTIALS_DIR) return process.env.KAFKA_CREDENTIALS_DIR;
  if (process.env.KAFKA_RUN_DIR) return join(process.env.KAFKA_RUN_DIR, 'credentials');
  const [host, port] = (await kafkaBrokers())[0].split(':');
  if (!LOCAL_HOSTS.has(host))
    throw new Error(
      `KAFKA_BROKERS names ${host}, not the local broker: set KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD ` +
        '(an admin of that broker), or KAFKA_CREDENTIALS_DIR',
    );
  return join(__dirname, '..', '..', '.kafka', port, 'credentials');
}

/** A user of the local broker (admin, relay, projector, or one `hstf kafka acls` created). */
export async function localUser(username: string): Promise<KafkaSasl> {
  const file = join(await localCredentialsDir(), `${username}.password`);
  const password = (await readFile(file, 'utf8')).trim();
  return { mechanism: 'scram-sha-256', username, password };
}

/**
 * How the tests log in: as KAFKA_SASL_USERNAME when it is set (with KAFKA_BROKERS, another broker's
 * admin), else as the local broker's admin, a super user, so that tests make and read topics of their own.
 */
export async function kafkaSecurity(): Promise<KafkaSecurity> {
  await kafkaBrokers();
  if (process.env.KAFKA_SASL_USERNAME) {
    const { security, problems } = kafkaSecurityFromEnv(process.env);
    if (problems.length > 0) throw new Error(problems.map((p) => `${p.variable} ${p.message}`).join('; '));
    return security;
  }
  return { sasl: await localUser('admin') };
}

/** The environment of a relay or projector process the tests start: the brokers and the tests' login. */
export async function kafkaClientEnv(): Promise<Record<string, string>> {
  const brokers = (await kafkaBrokers()).join(',');
  const { sasl, ssl } = await kafkaSecurity();
  return {
    KAFKA_BROKERS: brokers,
    ...(sasl
      ? {
          KAFKA_SASL_MECHANISM: sasl.mechanism,
          KAFKA_SASL_USERNAME: sasl.username,
          KAFKA_SASL_PASSWORD: sasl.password,
        }
      : {}),
    ...(ssl ? { KAFKA_SSL: 'true' } : {}),
  };
}

/** Names that no other run on the same broker uses (engineers and CI share one local broker). */
export const uniqueName = (label: string): string => `test.${label}.${randomBytes(4).toString('hex')}`;

/** Warnings and errors are kept for assertions and shown only when a test prints them. */
export class RecordingLogSink implements LogSink {
  readonly lines: string[] = [];
  error = (message: string) => void this.lines.push(`error ${message}`);
  warn = (message: string) => void this.lines.push(`warn ${message}`);
  log = (message: string) => void this.lines.push(`info ${message}`);
}

export async function kafkaFanOut(
  clientId: string,
  logger: LogSink = new RecordingLogSink(),
): Promise<KafkaFanOut> {
  return new KafkaFanOut({
    ...(await kafkaSecurity()),
    brokers: await kafkaBrokers(),
    clientId,
    logger,
    logLevel: 'warn',
  });
}

/** A raw kafkajs client, for what the port deliberately does not offer (inspection, clean-up). */
export async function rawKafka(): Promise<Kafka> {
  return new Kafka({
    ...(await kafkaSecurity()),
    clientId: 'hstf-test',
    brokers: await kafkaBrokers(),
    logLevel: logLevel.NOTHING,
  });
}

export async function deleteTopics(names: readonly string[]): Promise<void> {
  const admin = (await rawKafka()).admin();
  await admin.connect();
  try {
    const present = new Set(await admin.listTopics());
    const topics = names.filter((name) => present.has(name));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

export { BatchCollector, valuesByKey } from '../../libs/messaging/src/testing';
