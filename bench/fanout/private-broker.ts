import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const KAFKA_SCRIPT = resolve(__dirname, '../../../scripts/kafka.sh');

export interface PrivateBroker {
  readonly brokers: readonly string[];
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
    async stop() {
      await run('bash', [KAFKA_SCRIPT, 'stop'], { env });
      await rm(runDir, { recursive: true, force: true });
    },
  };
}
