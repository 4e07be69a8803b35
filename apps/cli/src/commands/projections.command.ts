import { Command } from 'commander';
import { projectionsRebuildCommand } from './projections-rebuild.command';
import { projectionsRetryCommand } from './projections-retry.command';
import { projectionsStatusCommand } from './projections-status.command';

/**
 * `hstf projections`: the read models' state, rebuilding one from the event store without downtime, and
 * applying its dead letters again.
 */
export const projectionsCommand = (): Command =>
  new Command('projections')
    .description('read models: status, rebuild from the event store, retry dead letters')
    .addCommand(projectionsStatusCommand())
    .addCommand(projectionsRebuildCommand())
    .addCommand(projectionsRetryCommand());
