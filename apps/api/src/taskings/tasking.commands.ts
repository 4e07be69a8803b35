import { CommandContext } from '../commands/command-context';
import {
  AssignTaskingDto,
  BlockTaskingDto,
  CancelTaskingDto,
  CompleteTaskingDto,
  DeclineTaskingDto,
  ReassignTaskingDto,
  ReportTaskingProgressDto,
  UnblockTaskingDto,
} from './tasking.dto';

/** Application commands sent on the CommandBus, one per domain command of the Tasking aggregate. */
export class AssignTaskingCommand {
  constructor(
    readonly body: AssignTaskingDto,
    readonly context: CommandContext,
  ) {}
}

export class AcceptTaskingCommand {
  constructor(
    readonly taskingId: string,
    readonly context: CommandContext,
  ) {}
}

export class DeclineTaskingCommand {
  constructor(
    readonly taskingId: string,
    readonly body: DeclineTaskingDto,
    readonly context: CommandContext,
  ) {}
}

export class ReportTaskingProgressCommand {
  constructor(
    readonly taskingId: string,
    readonly body: ReportTaskingProgressDto,
    readonly context: CommandContext,
  ) {}
}

export class BlockTaskingCommand {
  constructor(
    readonly taskingId: string,
    readonly body: BlockTaskingDto,
    readonly context: CommandContext,
  ) {}
}

export class UnblockTaskingCommand {
  constructor(
    readonly taskingId: string,
    readonly body: UnblockTaskingDto,
    readonly context: CommandContext,
  ) {}
}

export class ReassignTaskingCommand {
  constructor(
    readonly taskingId: string,
    readonly body: ReassignTaskingDto,
    readonly context: CommandContext,
  ) {}
}

export class CompleteTaskingCommand {
  constructor(
    readonly taskingId: string,
    readonly body: CompleteTaskingDto,
    readonly context: CommandContext,
  ) {}
}

export class CancelTaskingCommand {
  constructor(
    readonly taskingId: string,
    readonly body: CancelTaskingDto,
    readonly context: CommandContext,
  ) {}
}
