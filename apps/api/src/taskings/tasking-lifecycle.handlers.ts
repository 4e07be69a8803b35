import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TaskingCommand } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { CommandContext, CommandOutcome } from '../commands/command-context';
import { commandMeta } from '../commands/command-meta';
import { CommandPath } from '../commands/command-path';
import {
  AcceptTaskingCommand,
  BlockTaskingCommand,
  CancelTaskingCommand,
  CompleteTaskingCommand,
  DeclineTaskingCommand,
  ReportTaskingProgressCommand,
  UnblockTaskingCommand,
} from './tasking.commands';

type LifecycleCommand = Exclude<TaskingCommand, { type: 'AssignTasking' | 'ReassignTasking' }>;
type Step<T extends LifecycleCommand['type']> = Extract<LifecycleCommand, { type: T }>;

/**
 * The steps of an existing tasking. No acting agency is passed to the path: which agency may take each
 * step (the lead, a participant) is a rule of the tasking, checked by its decider against the actor.
 */
function update<T extends LifecycleCommand['type']>(
  path: CommandPath,
  type: T,
  data: Step<T>['data'],
  context: CommandContext,
): Promise<CommandOutcome> {
  // TypeScript cannot rebuild the union member from a generic tag; the signature keeps type and data paired.
  const command = { type, data, meta: commandMeta(context) } as Step<T>;
  return path.execute(AGGREGATES.tasking, data.taskingId, command, context, { mode: 'update' });
}

@CommandHandler(AcceptTaskingCommand)
export class AcceptTaskingHandler implements ICommandHandler<AcceptTaskingCommand, CommandOutcome> {
  constructor(private readonly path: CommandPath) {}

  execute({ taskingId, context }: AcceptTaskingCommand): Promise<CommandOutcome> {
    return update(this.path, 'AcceptTasking', { taskingId }, context);
  }
}

@CommandHandler(DeclineTaskingCommand)
export class DeclineTaskingHandler implements ICommandHandler<DeclineTaskingCommand, CommandOutcome> {
  constructor(private readonly path: CommandPath) {}

  execute({ taskingId, body, context }: DeclineTaskingCommand): Promise<CommandOutcome> {
    return update(this.path, 'DeclineTasking', { taskingId, reason: body.reason }, context);
  }
}

@CommandHandler(ReportTaskingProgressCommand)
export class ReportTaskingProgressHandler implements ICommandHandler<
  ReportTaskingProgressCommand,
  CommandOutcome
> {
  constructor(private readonly path: CommandPath) {}

  execute({ taskingId, body, context }: ReportTaskingProgressCommand): Promise<CommandOutcome> {
    const data = { taskingId, summary: body.summary, percentComplete: body.percentComplete };
    return update(this.path, 'ReportTaskingProgress', data, context);
  }
}

@CommandHandler(BlockTaskingCommand)
export class BlockTaskingHandler implements ICommandHandler<BlockTaskingCommand, CommandOutcome> {
  constructor(private readonly path: CommandPath) {}

  execute({ taskingId, body, context }: BlockTaskingCommand): Promise<CommandOutcome> {
    return update(this.path, 'BlockTasking', { taskingId, reason: body.reason }, context);
  }
}

@CommandHandler(UnblockTaskingCommand)
export class UnblockTaskingHandler implements ICommandHandler<UnblockTaskingCommand, CommandOutcome> {
  constructor(private readonly path: CommandPath) {}

  execute({ taskingId, body, context }: UnblockTaskingCommand): Promise<CommandOutcome> {
    return update(this.path, 'UnblockTasking', { taskingId, resolution: body.resolution }, context);
  }
}

@CommandHandler(CompleteTaskingCommand)
export class CompleteTaskingHandler implements ICommandHandler<CompleteTaskingCommand, CommandOutcome> {
  constructor(private readonly path: CommandPath) {}

  execute({ taskingId, body, context }: CompleteTaskingCommand): Promise<CommandOutcome> {
    return update(this.path, 'CompleteTasking', { taskingId, outcome: body.outcome }, context);
  }
}

@CommandHandler(CancelTaskingCommand)
export class CancelTaskingHandler implements ICommandHandler<CancelTaskingCommand, CommandOutcome> {
  constructor(private readonly path: CommandPath) {}

  execute({ taskingId, body, context }: CancelTaskingCommand): Promise<CommandOutcome> {
    return update(this.path, 'CancelTasking', { taskingId, reason: body.reason }, context);
  }
}
