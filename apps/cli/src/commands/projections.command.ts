import { Command } from 'commander';
import { projectionsRebuildCommand } from './projections-rebuild.command';
import { projectionsStatusCommand } from './projections-status.command';

/** `hstf projections`: the read models' state, and rebuilding one from the event store without downtime. */
export const projectionsCommand = (): Command =>
  new Command('projections')
    .description('read models: status, and rebuild from the event store')
    .addCommand(projectionsStatusCommand())
    .addCommand(projectionsRebuildCommand());
