import { Command } from 'commander';
import { Kafka, logLevel } from 'kafkajs';
import { FEDERAL_AGENCIES, STATE_CODES } from '@hstf/domain';
import { kafkaConfigFromEnv } from '@hstf/messaging';
import { openAuditStore } from '../audit/open-audit-store';
import { AclPlan, formatAcl, planAcls } from '../kafka/acl-plan';
import { AppliedPlan, applyAclPlan } from '../kafka/apply-acl-plan';
import { PasswordDirectory } from '../kafka/password-directory';
import { registeredAgencyCodes } from '../kafka/registered-agencies';

interface Options {
  readonly apply?: boolean;
  readonly passwordsDir?: string;
  /** Commander's negation of --no-registered. */
  readonly registered: boolean;
}

/** The registered agencies from the store the API uses (its configuration: HSTF_EVENT_STORE, ...). */
async function registeredAgencies(env: NodeJS.ProcessEnv): Promise<string[]> {
  const { store, close } = await openAuditStore(env);
  try {
    return await registeredAgencyCodes(store);
  } finally {
    await close();
  }
}

function describePlan(plan: AclPlan, federal: number, registered: number | undefined): string {
  const states = plan.users.filter((u) => u.audience?.kind === 'state').length;
  const from =
    registered === undefined
      ? `${federal} federal agencies (the catalog only: --no-registered)`
      : `${federal} federal agencies, ${registered} registered (event store)`;
  return `# need-to-know: ${from}, ${states} states: ${plan.users.length} users, ${plan.acls.length} ACLs\n`;
}

function describeApplied(applied: AppliedPlan, brokers: readonly string[], passwords: string): string {
  const lines = [
    `applied to ${brokers.join(',')}:`,
    `users: ${applied.users.length} created or updated` +
      (applied.passwordsGenerated.length > 0
        ? `, ${applied.passwordsGenerated.length} new passwords generated into ${passwords}`
        : `, every password from ${passwords}`),
    `acls: ${applied.aclsCreated.length} created, ${applied.aclsPresent.length} already there`,
    ...applied.aclsCreated.map((acl) => `+ acl ${formatAcl(acl)}`),
    ...applied.aclsNotInPlan.map((acl) => `! acl ${formatAcl(acl)} (not in the plan; left in place)`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * `hstf kafka acls`: one SCRAM user per agency (`agency-<code>`) and per state (`state-<st>`), each allowed
 * to read only its own topic in its own consumer groups (`agency-<code>.*`), and the services' users
 * (the relay the only writer). Agencies: the federal catalog and those registered in the event store.
 * Prints the plan; `--apply` makes the broker of KAFKA_BROKERS hold it, as KAFKA_SASL_USERNAME (an admin),
 * or as `admin` with the password of the password directory. Running it again changes nothing.
 */
export const kafkaAclsCommand = (env: NodeJS.ProcessEnv = process.env): Command =>
  new Command('acls')
    .description(
      "plan (and with --apply, create) each agency's and state's Kafka user and ACLs: read its own topic only",
    )
    .option('--apply', 'create the users and the missing ACLs on KAFKA_BROKERS (otherwise a dry run)')
    .option(
      '--passwords-dir <dir>',
      'one <user>.password file per user (generated when missing); default KAFKA_CREDENTIALS_DIR',
    )
    .option('--no-registered', 'plan for the federal catalog only, without reading the event store')
    .action(async (options: Options) => {
      const registered = options.registered ? await registeredAgencies(env) : undefined;
      const federal = FEDERAL_AGENCIES.map((a) => a.code);
      const plan = planAcls({ agencies: [...federal, ...(registered ?? [])], states: STATE_CODES });
      process.stdout.write(describePlan(plan, federal.length, registered?.length));
      if (!options.apply) {
        process.stdout.write('# dry run: nothing applied (--apply creates these on KAFKA_BROKERS)\n');
        for (const user of plan.users) process.stdout.write(`user ${user.username}\n`);
        for (const acl of plan.acls) process.stdout.write(`acl ${formatAcl(acl)}\n`);
        return;
      }
      const dir = options.passwordsDir ?? env.KAFKA_CREDENTIALS_DIR;
      if (!dir) throw new Error('--apply needs --passwords-dir <dir> (or KAFKA_CREDENTIALS_DIR)');
      const passwords = new PasswordDirectory(dir);
      // Without a login of its own, the admin of the password directory (the local broker's layout).
      const login = env.KAFKA_SASL_USERNAME
        ? env
        : { ...env, KAFKA_SASL_USERNAME: 'admin', KAFKA_SASL_PASSWORD_FILE: passwords.fileOf('admin') };
      const config = kafkaConfigFromEnv(login);
      const kafka = new Kafka({
        clientId: 'hstf-cli',
        brokers: [...config.brokers],
        sasl: config.sasl,
        ssl: config.ssl,
        logLevel: logLevel.ERROR,
      });
      const applied = await applyAclPlan(kafka, config.sasl?.mechanism ?? 'scram-sha-256', plan, passwords);
      process.stdout.write(describeApplied(applied, config.brokers, dir));
    });
