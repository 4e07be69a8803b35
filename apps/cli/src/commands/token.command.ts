import { Command, Option } from 'commander';
import { loadOrCreateLocalKey, mintToken, Role, ROLES } from '@hstf/auth';

/**
 * `hstf token`: prints a bearer token signed with the embedded profile's local key. Authorization is never
 * switched off in development; a developer gets a real token for the role they want to try.
 */
export const tokenCommand = (): Command =>
  new Command('token')
    .description("print a token signed with the embedded profile's local key")
    .addOption(new Option('--role <role...>', 'one or more roles').choices(ROLES).makeOptionMandatory())
    .option('--agency <code>', 'the agency a liaison acts for, e.g. FBI')
    .option('--states <codes...>', 'USPS codes of the states the holder is assigned to, e.g. TX AZ', [])
    .option('--sub <subject>', 'the subject (user id) of the token')
    .option('--ttl <seconds>', 'lifetime in seconds', (v) => Number(v), 8 * 60 * 60)
    .option(
      '--data-dir <dir>',
      'the data directory of the embedded profile',
      process.env.HSTF_DATA_DIR ?? './data',
    )
    .action(
      async (options: {
        role: string[];
        agency?: string;
        states: string[];
        sub?: string;
        ttl: number;
        dataDir: string;
      }) => {
        const key = await loadOrCreateLocalKey(options.dataDir);
        const states = options.states.flatMap((s) => s.split(',')).filter(Boolean);
        const sub =
          options.sub ??
          `${options.role[0]}${options.agency ? `.${options.agency.toLowerCase()}` : ''}@hstf.local`;
        const token = await mintToken(
          key,
          { sub, roles: options.role as Role[], agency: options.agency, states },
          options.ttl,
        );
        process.stdout.write(`${token}\n`);
      },
    );
