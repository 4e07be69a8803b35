import { CoLeadDepartment } from '@hstf/domain';
import { CommandContext } from '../commands/command-context';
import {
  DesignateCoLeadDto,
  EnrollMemberAgencyDto,
  EstablishTaskForceDto,
  SetObjectivesDto,
  WithdrawMemberAgencyDto,
} from './task-force.dto';

/** Application commands sent on the CommandBus, one per domain command of the TaskForce aggregate. */
export class EstablishTaskForceCommand {
  constructor(
    readonly body: EstablishTaskForceDto,
    readonly context: CommandContext,
  ) {}
}

export class EnrollMemberAgencyCommand {
  constructor(
    readonly state: string,
    readonly body: EnrollMemberAgencyDto,
    readonly context: CommandContext,
  ) {}
}

export class WithdrawMemberAgencyCommand {
  constructor(
    readonly state: string,
    readonly agency: string,
    readonly body: WithdrawMemberAgencyDto,
    readonly context: CommandContext,
  ) {}
}

export class DesignateCoLeadCommand {
  constructor(
    readonly state: string,
    readonly department: CoLeadDepartment,
    readonly body: DesignateCoLeadDto,
    readonly context: CommandContext,
  ) {}
}

export class SetObjectivesCommand {
  constructor(
    readonly state: string,
    readonly body: SetObjectivesDto,
    readonly context: CommandContext,
  ) {}
}
