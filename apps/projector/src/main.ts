import { JsonLog } from '@hstf/messaging';
import { ConfigError, loadProjectorConfig } from './projector-config';
import { startProjectorProcess } from './projector-process';

/** How long a graceful stop may take before the process gives up on it. */
const STOP_TIMEOUT_MS = 30_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadProjectorConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const log = new JsonLog('projector', config.LOG_LEVEL);
  const running = await startProjectorProcess(config, log);
  log.info('projector running', {
    projections: config.HSTF_PROJECTIONS,
    topic: config.HSTF_PROJECTOR_TOPIC,
    brokers: config.KAFKA_BROKERS,
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    setTimeout(() => {
      log.error('graceful stop timed out', { timeoutMs: STOP_TIMEOUT_MS });
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    running.stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: Error) => {
        log.error('stop failed', { error: error.message });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'error', context: 'projector', msg: 'projector failed to start', error: detail })}\n`,
  );
  process.exit(1);
});
