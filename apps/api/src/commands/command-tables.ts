import { AGENCY_COMMANDS } from '../agencies/agency.commands';
import { COMMITMENT_COMMANDS } from '../commitments/commitment.commands';
import { DIRECTIVE_COMMANDS } from '../directives/directive.commands';
import { FORFEITURE_COMMANDS } from '../forfeitures/forfeiture.commands';
import { OUTREACH_COMMANDS } from '../outreach/outreach.commands';
import { REFERRAL_COMMANDS } from '../referrals/referral.commands';
import { REPORT_COMMANDS } from '../reports/report.commands';
import { TASK_FORCE_COMMANDS } from '../task-forces/task-force.commands';
import { TASKING_COMMANDS } from '../taskings/tasking.commands';
import { AnyCommandSpec } from './command-spec';

/** Every row of every aggregate's command table. */
export const COMMAND_SPECS: readonly AnyCommandSpec[] = [
  DIRECTIVE_COMMANDS,
  TASK_FORCE_COMMANDS,
  AGENCY_COMMANDS,
  TASKING_COMMANDS,
  COMMITMENT_COMMANDS,
  REPORT_COMMANDS,
  REFERRAL_COMMANDS,
  FORFEITURE_COMMANDS,
  OUTREACH_COMMANDS,
].flatMap((table) => Object.values(table) as AnyCommandSpec[]);

/** The routed rows by `METHOD /template`, for the access record of a command refused before its path. */
export const COMMAND_ROUTES: ReadonlyMap<string, AnyCommandSpec> = new Map(
  COMMAND_SPECS.flatMap((spec) => (spec.route ? [[spec.route, spec] as const] : [])),
);
