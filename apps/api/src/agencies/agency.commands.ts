import { CommandContext } from '../commands/command-context';
import { RegisterAgencyDto, RenameAgencyDto } from './agency.dto';

/** Application commands sent on the CommandBus, one per domain command of the Agency aggregate. */
export class RegisterAgencyCommand {
  constructor(
    readonly body: RegisterAgencyDto,
    readonly context: CommandContext,
  ) {}
}

export class RenameAgencyCommand {
  constructor(
    readonly code: string,
    readonly body: RenameAgencyDto,
    readonly context: CommandContext,
  ) {}
}
