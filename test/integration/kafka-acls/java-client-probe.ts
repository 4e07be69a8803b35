import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..', '..');
const KAFKA_HOME = join(ROOT, 'deploy', 'local', 'kafka');

export interface ProbeAttempt {
  readonly user: string;
  /** `read` (no group), `write`, or `join:<group>`. */
  readonly op: string;
  readonly topic: string;
}

/** `ok <records>`, `denied <exception>` or `failed <exception>`, per attempt, keyed `user op topic`. */
export type ProbeOutcomes = ReadonlyMap<string, string>;

export const attemptKey = ({ user, op, topic }: ProbeAttempt): string => `${user} ${op} ${topic}`;

/**
 * Runs JavaClientProbe.java (Apache Kafka's Java client, on the local broker's jars that scripts/kafka.sh
 * resolved) for every attempt in one JVM: an outside client beside kafkajs. kcat would be the usual one,
 * but Debian's links librdkafka 2.0.2, whose SCRAM proof Kafka 4 rejects (fixed in librdkafka 2.6.1).
 */
export async function probeWithJavaClient(
  brokers: readonly string[],
  credentialsDir: string,
  attempts: readonly ProbeAttempt[],
): Promise<ProbeOutcomes> {
  const lib = process.env.KAFKA_LIB_DIR ?? join(KAFKA_HOME, 'lib');
  if (!existsSync(lib))
    throw new Error(`${lib} holds no Kafka jars: run scripts/kafka.sh start once to resolve them`);
  const logs = join(ROOT, '.tmp', 'java-client-probe');
  const { stdout } = await promisify(execFile)(
    'java',
    [
      '-Xmx256m',
      `-Dlog4j2.configurationFile=${join(KAFKA_HOME, 'log4j2.properties')}`,
      `-Dkafka.logs.dir=${logs}`,
      '-Dkafka.log.name=probe',
      '-cp',
      `${lib}/*`,
      join(__dirname, 'JavaClientProbe.java'),
      brokers.join(','),
      credentialsDir,
      ...attempts.flatMap(({ user, op, topic }) => [user, op, topic]),
    ],
    { timeout: 240_000 },
  );
  const outcomes = new Map<string, string>();
  for (const line of stdout.trim().split('\n')) {
    const [user, op, topic, ...outcome] = line.split(' ');
    outcomes.set(attemptKey({ user, op, topic }), outcome.join(' '));
  }
  return outcomes;
}
