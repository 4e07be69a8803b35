import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { KafkaFanOut, LogSink } from '@hstf/messaging';

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
  return new KafkaFanOut({ brokers: await kafkaBrokers(), clientId, logger, logLevel: 'warn' });
}

/** A raw kafkajs client, for what the port deliberately does not offer (inspection, clean-up). */
export async function rawKafka(): Promise<Kafka> {
  return new Kafka({ clientId: 'hstf-test', brokers: await kafkaBrokers(), logLevel: logLevel.NOTHING });
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
