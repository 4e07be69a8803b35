import { federalRenameRefusal } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { CommandRequest, commandsOf } from '../commands/command-spec';
import { RegisterAgencyDto, RenameAgencyDto } from './agency.dto';

const agency = commandsOf(AGGREGATES.agency);

/**
 * The Agency aggregate's commands: the state and local agencies of the catalog (federal ones ship with the
 * product). A new agency changes who may be named in a tasking or a pledge: a permission change.
 */
export const AGENCY_COMMANDS = {
  register: agency('RegisterAgency', {
    route: 'POST /agencies',
    status: 201,
    permissionChange: true,
    mode: 'create',
    id: ({ body }: CommandRequest<RegisterAgencyDto>) => body.code,
    data: ({ body: { code, name, kind, state } }) => ({ code, name, kind, state }),
    location: (code) => `/agencies/${code}`,
  }),
  rename: agency('RenameAgency', {
    route: 'POST /agencies/:code/name',
    status: 200,
    mode: 'update',
    id: ({ params }: CommandRequest<RenameAgencyDto>) => params.code,
    refuses: ({ id }) => federalRenameRefusal(id),
    data: ({ id, body }) => ({ code: id, name: body.name }),
  }),
};
