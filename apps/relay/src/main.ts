import { JsonLog } from '@hstf/messaging';
import { ConfigError, loadRelayConfig } from './relay-config';
import { RunningRelay, startRelayProcess } from './relay-process';

/** How long a graceful stop may take before the process gives up on it. */
const STOP_TIMEOUT_MS = 30_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadRelayConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const log = new JsonLog('relay', config.LOG_LEVEL);
  const running: RunningRelay = await startRelayProcess(config, log);
  log.log('relay started', {
    relay: running.relay.name,
    store: config.store.kind,
    brokers: config.KAFKA_BROKERS,
    metricsPort: running.metricsPort,
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.log('stopping', { signal });
    setTimeout(() => {
      log.error('graceful stop timed out', { timeoutMs: STOP_TIMEOUT_MS });
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    running.stop().then(
      () => {
        log.log('stopped', { checkpoint: running.relay.checkpoint?.toString() ?? null });
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
    `${JSON.stringify({ time: new Date().toISOString(), level: 'error', context: 'relay', msg: 'relay failed to start', error: detail })}\n`,
  );
  process.exit(1);
});
