import { Actor } from './actor';
import { COMMAND_PERMISSIONS } from './command-permissions';
import { CommandType, isSystemCommand, SystemCommandType } from './command-type';

export type Authorization = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface CommandAccess {
  /** The agency the command is done for (the pledging agency, the acknowledging addressee...). */
  readonly actsForAgency?: string;
}

/**
 * Decides whether an actor may send a command. An actor holding a role that may send it without an
 * agency restriction is allowed outright; an actor allowed only as a liaison must be acting for the
 * agency its token names, and a command that names no acting agency is refused rather than guessed.
 */
export function authorizeCommand(
  actor: Actor,
  command: CommandType | SystemCommandType,
  access: CommandAccess = {},
): Authorization {
  if (actor.system || isSystemCommand(command)) {
    if (actor.system && isSystemCommand(command)) return { ok: true };
    return {
      ok: false,
      reason: actor.system
        ? `the command center itself sends no ${command}`
        : `${command} is sent only by the command center itself`,
    };
  }
  const allowed = actor.roles.filter((role) => COMMAND_PERMISSIONS[command].includes(role));
  if (allowed.length === 0) {
    return { ok: false, reason: `${describeRoles(actor)} may not send ${command}` };
  }
  if (allowed.some((role) => role !== 'liaison')) return { ok: true };
  if (access.actsForAgency === undefined) {
    return { ok: false, reason: `${command} names no acting agency, and a liaison may act only for its own` };
  }
  if (access.actsForAgency !== actor.agency) {
    return {
      ok: false,
      reason: `a liaison of ${actor.agency ?? 'no agency'} may not send ${command} for ${access.actsForAgency}`,
    };
  }
  return { ok: true };
}

function describeRoles(actor: Actor): string {
  if (actor.roles.length === 0) return 'an actor without a role';
  return actor.roles.length === 1 ? `the role ${actor.roles[0]}` : `the roles ${actor.roles.join(', ')}`;
}
