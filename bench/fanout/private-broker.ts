import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { KafkaSasl } from '@hstf/messaging';

const run = promisify(execFile);
const KAFKA_SCRIPT = resolve(__dirname, '../../../scripts/kafka.sh');

/** Where the benchmark's processes connect, and as whom: each service as its own principal. */
export interface BrokerAccess {
  readonly brokers: readonly string[];
  login(user: 'relay' | 'projector'): KafkaSasl;
}

export interface PrivateBroker extends BrokerAccess {
  stop(): Promise<void>;
}

/**
 * A broker of the benchmark's own (scripts/kafka.sh on another port and a temporary directory): its
 * `hstf.events.v1` holds only this run's events, so the projector replays nothing left by tests or
 * earlier runs on the shared local broker.
 */
export async function startPrivateBroker(port: number): Promise<PrivateBroker> {
  const runDir = await mkdtemp(join(tmpdir(), 'hstf-bench-kafka-'));
  const env = {
    ...process.env,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(port + 1),
    KAFKA_RUN_DIR: runDir,
  };
  await run('bash', [KAFKA_SCRIPT, 'start'], { env });
  return {
    brokers: [`127.0.0.1:${port}`],
    // scripts/kafka.sh generated the services' passwords into the run directory and granted their ACLs.
    login: (user) => ({
      mechanism: 'scram-sha-256',
      username: user,
      password: readFileSync(join(runDir, 'credentials', `${user}.password`), 'utf8').trim(),
    }),
    async stop() {
      await run('bash', [KAFKA_SCRIPT, 'stop'], { env });
      await rm(runDir, { recursive: true, force: true });
    },
  };
}
