import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { startApi } from './bootstrap';

/** How long a graceful stop may take before the process gives up on it. */
const STOP_TIMEOUT_MS = 30_000;

async function main(): Promise<void> {
  const config = loadConfig();
  // The signals are ours from the start: one that arrives while the API starts (migrations, PGlite
  // opening) waits for the start to finish and then closes, rather than killing the process mid-way.
  const starting = startApi(config);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second signal while closing: the operator wants out now.
      process.stderr.write(`${signal} received again: exiting without waiting for the close\n`);
      process.exit(1);
    }
    stopping = true;
    // Not unref'd: a close that hangs must end in this exit 1, not in a silent exit 0 of an idle loop.
    setTimeout(() => {
      process.stderr.write(`graceful stop timed out after ${STOP_TIMEOUT_MS} ms\n`);
      process.exit(1);
    }, STOP_TIMEOUT_MS);
    void starting.then(async (api) => {
      api.logger.log(`${signal} received: closing`, 'Main');
      try {
        await api.close();
        api.logger.log('closed: the store and the read models are shut', 'Main');
        process.exit(0);
      } catch (error) {
        api.logger.error({ msg: 'close failed', error: (error as Error).message }, 'Main');
        process.exit(1);
      }
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await starting;
}

main().catch((error: unknown) => {
  // A configuration error is the operator's to fix: say exactly what, without a stack trace.
  process.stderr.write(
    error instanceof ConfigError ? `${error.message}\n` : `${(error as Error)?.stack ?? String(error)}\n`,
  );
  process.exit(1);
});
