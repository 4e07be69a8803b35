import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { startApi } from './bootstrap';

/** How long a graceful stop may take before the process gives up on it. */
const STOP_TIMEOUT_MS = 30_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const api = await startApi(config);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second signal while closing (an impatient Ctrl-C) must not cut the close short.
    if (stopping) return;
    stopping = true;
    api.logger.log(`${signal} received: closing`, 'Main');
    setTimeout(() => {
      api.logger.error({ msg: 'graceful stop timed out', timeoutMs: STOP_TIMEOUT_MS }, 'Main');
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    api.close().then(
      () => {
        api.logger.log('closed: the store and the read models are shut', 'Main');
        process.exit(0);
      },
      (error: Error) => {
        api.logger.error({ msg: 'close failed', error: error.message }, 'Main');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // A configuration error is the operator's to fix: say exactly what, without a stack trace.
  process.stderr.write(
    error instanceof ConfigError ? `${error.message}\n` : `${(error as Error)?.stack ?? String(error)}\n`,
  );
  process.exit(1);
});
