import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { KafkaSasl } from '@hstf/messaging';
import { startApiProcess, ApiProcess } from '../api/api-server';
import { BrokerAccess } from './private-broker';

const DIST = resolve(__dirname, '../..');

export interface Pipeline {
  readonly api: ApiProcess;
  stop(): Promise<void>;
}

/**
 * The distributed profile as the README starts it, three processes: the API on the PostgreSQL store, the
 * relay (store -> Kafka) and the projector (Kafka -> PostgreSQL read models), one database for all.
 */
export async function startPipeline(
  databaseUrl: string,
  broker: BrokerAccess,
  apiPort: number,
): Promise<Pipeline> {
  const shared = { DATABASE_URL: databaseUrl, KAFKA_BROKERS: broker.brokers.join(','), LOG_LEVEL: 'warn' };
  const relay = child('relay', 'apps/relay/src/main.js', {
    ...shared,
    ...loginEnv(broker.login('relay')),
    RELAY_METRICS_PORT: '0',
  });
  const projector = child('projector', 'apps/projector/src/main.js', {
    ...shared,
    ...loginEnv(broker.login('projector')),
    PROJECTOR_METRICS_PORT: '0',
  });
  try {
    const api = await startApiProcess(apiPort, { HSTF_EVENT_STORE: 'postgres', ...shared });
    return {
      api,
      async stop() {
        await api.stop();
        await Promise.all([stopChild(relay), stopChild(projector)]);
      },
    };
  } catch (error) {
    relay.kill('SIGKILL');
    projector.kill('SIGKILL');
    throw error;
  }
}

const loginEnv = ({ mechanism, username, password }: KafkaSasl) => ({
  KAFKA_SASL_MECHANISM: mechanism,
  KAFKA_SASL_USERNAME: username,
  KAFKA_SASL_PASSWORD: password,
});

function child(name: string, main: string, env: Record<string, string>): ChildProcess {
  const process_ = spawn(process.execPath, [resolve(DIST, main)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process_.once('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') console.error(`${name} exited (${code ?? signal})`);
  });
  return process_;
}

function stopChild(process_: ChildProcess): Promise<void> {
  if (process_.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    process_.once('exit', () => done());
    process_.kill('SIGTERM');
  });
}
