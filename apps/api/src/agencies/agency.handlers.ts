import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { findFederalAgency } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { CommandOutcome } from '../commands/command-context';
import { commandMeta } from '../commands/command-meta';
import { CommandPath } from '../commands/command-path';
import { domainRefusal } from '../http/problem';
import { RegisterAgencyCommand, RenameAgencyCommand } from './agency.commands';

const agency = AGGREGATES.agency;

@CommandHandler(RegisterAgencyCommand)
export class RegisterAgencyHandler implements ICommandHandler<RegisterAgencyCommand, CommandOutcome> {
  constructor(private readonly path: CommandPath) {}

  execute({ body, context }: RegisterAgencyCommand): Promise<CommandOutcome> {
    const { code, name, kind, state } = body;
    const data = { code, name, kind, state };
    const command = { type: 'RegisterAgency' as const, data, meta: commandMeta(context) };
    return this.path.execute(agency, code, command, context, { mode: 'create' });
  }
}

@CommandHandler(RenameAgencyCommand)
export class RenameAgencyHandler implements ICommandHandler<RenameAgencyCommand, CommandOutcome> {
  constructor(private readonly path: CommandPath) {}

  execute({ code, body, context }: RenameAgencyCommand): Promise<CommandOutcome> {
    // Federal agencies have no stream to rename: without this the path would answer 404 for a listed agency.
    if (findFederalAgency(code)) {
      throw domainRefusal(
        'AGENCY_IN_FEDERAL_CATALOG',
        `${code} ships in the federal catalog and is not renamed at run time.`,
      );
    }
    const data = { code, name: body.name };
    const command = { type: 'RenameAgency' as const, data, meta: commandMeta(context) };
    return this.path.execute(agency, code, command, context, { mode: 'update' });
  }
}

export const AGENCY_HANDLERS = [RegisterAgencyHandler, RenameAgencyHandler];
