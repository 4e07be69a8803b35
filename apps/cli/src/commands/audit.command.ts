import { Command } from 'commander';
import { auditCheckpointCommand } from './audit-checkpoint.command';
import { auditExportCommand } from './audit-export.command';
import { auditPublicKeyCommand } from './audit-public-key.command';
import { auditVerifyExportCommand } from './audit-verify-export.command';
import { auditVerifyCommand } from './audit-verify.command';

/**
 * `hstf audit`: the supervisor's tools that work on the store directly, with the API's configuration:
 * sign a checkpoint, verify the chains, export a state's events as a signed bundle, verify a bundle offline.
 */
export const auditCommand = (): Command =>
  new Command('audit')
    .description('checkpoints, verification and signed exports of the event log')
    .addCommand(auditCheckpointCommand())
    .addCommand(auditVerifyCommand())
    .addCommand(auditExportCommand())
    .addCommand(auditVerifyExportCommand())
    .addCommand(auditPublicKeyCommand());
