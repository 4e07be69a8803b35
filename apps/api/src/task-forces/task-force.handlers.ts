import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AGGREGATES } from '../commands/aggregates';
import { CommandOutcome } from '../commands/command-context';
import { commandMeta } from '../commands/command-meta';
import { CommandPath } from '../commands/command-path';
import { AgencyCatalog } from '../reference/agency-catalog';
import {
  DesignateCoLeadCommand,
  EnrollMemberAgencyCommand,
  EstablishTaskForceCommand,
  SetObjectivesCommand,
  WithdrawMemberAgencyCommand,
} from './task-force.commands';

const taskForce = AGGREGATES.taskForce;

@CommandHandler(EstablishTaskForceCommand)
export class EstablishTaskForceHandler implements ICommandHandler<EstablishTaskForceCommand, CommandOutcome> {
  constructor(
    private readonly path: CommandPath,
    private readonly catalog: AgencyCatalog,
  ) {}

  async execute({ body, context }: EstablishTaskForceCommand): Promise<CommandOutcome> {
    await this.catalog.assertKnown([
      { field: 'dojCoLead', code: body.dojCoLead },
      { field: 'dhsCoLead', code: body.dhsCoLead },
    ]);
    const { state, dojCoLead, dhsCoLead, authority } = body;
    const data = { state, dojCoLead, dhsCoLead, ...(authority === undefined ? {} : { authority }) };
    const command = { type: 'EstablishTaskForce' as const, data, meta: commandMeta(context) };
    return this.path.execute(taskForce, state, command, context, { mode: 'create' });
  }
}

@CommandHandler(EnrollMemberAgencyCommand)
export class EnrollMemberAgencyHandler implements ICommandHandler<EnrollMemberAgencyCommand, CommandOutcome> {
  constructor(
    private readonly path: CommandPath,
    private readonly catalog: AgencyCatalog,
  ) {}

  async execute({ state, body, context }: EnrollMemberAgencyCommand): Promise<CommandOutcome> {
    await this.catalog.assertKnown([{ field: 'agency', code: body.agency }]);
    const data = { state, agency: body.agency, capabilities: body.capabilities };
    const command = { type: 'EnrollMemberAgency' as const, data, meta: commandMeta(context) };
    return this.path.execute(taskForce, state, command, context, { mode: 'update' });
  }
}

@CommandHandler(WithdrawMemberAgencyCommand)
export class WithdrawMemberAgencyHandler implements ICommandHandler<
  WithdrawMemberAgencyCommand,
  CommandOutcome
> {
  constructor(private readonly path: CommandPath) {}

  // No catalog check: only a current member can be withdrawn, and the decider says so for any other code.
  execute({ state, agency, body, context }: WithdrawMemberAgencyCommand): Promise<CommandOutcome> {
    const data = { state, agency, reason: body.reason };
    const command = { type: 'WithdrawMemberAgency' as const, data, meta: commandMeta(context) };
    return this.path.execute(taskForce, state, command, context, { mode: 'update' });
  }
}

@CommandHandler(DesignateCoLeadCommand)
export class DesignateCoLeadHandler implements ICommandHandler<DesignateCoLeadCommand, CommandOutcome> {
  constructor(
    private readonly path: CommandPath,
    private readonly catalog: AgencyCatalog,
  ) {}

  async execute({ state, department, body, context }: DesignateCoLeadCommand): Promise<CommandOutcome> {
    await this.catalog.assertKnown([{ field: 'agency', code: body.agency }]);
    const data = { state, department, agency: body.agency };
    const command = { type: 'DesignateCoLead' as const, data, meta: commandMeta(context) };
    return this.path.execute(taskForce, state, command, context, { mode: 'update' });
  }
}

@CommandHandler(SetObjectivesCommand)
export class SetObjectivesHandler implements ICommandHandler<SetObjectivesCommand, CommandOutcome> {
  constructor(private readonly path: CommandPath) {}

  execute({ state, body, context }: SetObjectivesCommand): Promise<CommandOutcome> {
    const data = { state, objectives: body.objectives };
    const command = { type: 'SetObjectives' as const, data, meta: commandMeta(context) };
    return this.path.execute(taskForce, state, command, context, { mode: 'update' });
  }
}

export const TASK_FORCE_HANDLERS = [
  EstablishTaskForceHandler,
  EnrollMemberAgencyHandler,
  WithdrawMemberAgencyHandler,
  DesignateCoLeadHandler,
  SetObjectivesHandler,
];
