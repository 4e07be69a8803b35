import { assertNever, Decision } from '../shared';
import { AgencyCommand } from './commands';
import { AgencyEvent } from './events';
import { registerAgency } from './rules/register-agency';
import { renameAgency } from './rules/rename-agency';
import { AgencyState } from './state';

export function decide(command: AgencyCommand, state: AgencyState): Decision<AgencyEvent> {
  switch (command.type) {
    case 'RegisterAgency':
      return registerAgency(command, state);
    case 'RenameAgency':
      return renameAgency(command, state);
    default:
      return assertNever(command);
  }
}
