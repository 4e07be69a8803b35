import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { startApi } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const api = await startApi(config);
  const stop = async (signal: string) => {
    api.logger.log(`${signal} received: closing`, 'Main');
    await api.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // A configuration error is the operator's to fix: say exactly what, without a stack trace.
  process.stderr.write(
    error instanceof ConfigError ? `${error.message}\n` : `${(error as Error)?.stack ?? String(error)}\n`,
  );
  process.exit(1);
});
