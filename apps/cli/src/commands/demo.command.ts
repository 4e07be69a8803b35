import { Command } from 'commander';
import { loadOrCreateLocalKey, mintToken, Role } from '@hstf/auth';
import { ApiClient } from '../api-client';
import { runDemo } from '../demo/demo-scenario';

/** `hstf demo`: loads a realistic scenario through the running API, with tokens signed by the local key. */
export const demoCommand = (): Command =>
  new Command('demo')
    .description('load a realistic scenario (task forces, directives, taskings, pledges) through the API')
    .option('--url <url>', 'the API', process.env.HSTF_API_URL ?? 'http://127.0.0.1:3000')
    .option(
      '--data-dir <dir>',
      'the data directory holding the local signing key',
      process.env.HSTF_DATA_DIR ?? './data',
    )
    .option('--run <name>', 'run name: the same name twice appends nothing new', 'demo')
    .action(async (options: { url: string; dataDir: string; run: string }) => {
      const key = await loadOrCreateLocalKey(options.dataDir);
      const tokenFor = (role: string, agency?: string) =>
        mintToken(
          key,
          { sub: `demo-${role}${agency ? `-${agency.toLowerCase()}` : ''}`, roles: [role as Role], agency },
          3600,
        );
      await runDemo(new ApiClient(options.url), tokenFor, options.run, (line) =>
        process.stdout.write(`${line}\n`),
      );
      process.stdout.write(`demo loaded into ${options.url}\n`);
    });
