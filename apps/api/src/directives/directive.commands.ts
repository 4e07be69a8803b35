import { CommandContext } from '../commands/command-context';
import {
  AcknowledgeDirectiveDto,
  AmendDirectiveDto,
  IssueDirectiveDto,
  RescindDirectiveDto,
  SupersedeDirectiveDto,
} from './directive.dto';

/** Application commands sent on the CommandBus, one per domain command of the Directive aggregate. */
export class IssueDirectiveCommand {
  constructor(
    readonly body: IssueDirectiveDto,
    readonly context: CommandContext,
  ) {}
}

export class AcknowledgeDirectiveCommand {
  constructor(
    readonly directiveId: string,
    readonly body: AcknowledgeDirectiveDto,
    readonly context: CommandContext,
  ) {}
}

export class AmendDirectiveCommand {
  constructor(
    readonly directiveId: string,
    readonly body: AmendDirectiveDto,
    readonly context: CommandContext,
  ) {}
}

export class SupersedeDirectiveCommand {
  constructor(
    readonly directiveId: string,
    readonly body: SupersedeDirectiveDto,
    readonly context: CommandContext,
  ) {}
}

export class RescindDirectiveCommand {
  constructor(
    readonly directiveId: string,
    readonly body: RescindDirectiveDto,
    readonly context: CommandContext,
  ) {}
}
