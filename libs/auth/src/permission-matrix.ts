import { ROLES } from './actor';
import { isAllowedRole } from './command-permissions';
import { COMMAND_TYPES } from './command-type';

/** COMMAND_PERMISSIONS as the Markdown table the README shows, so the two cannot drift apart. */
export function renderPermissionMatrix(): string {
  const header = `| Command | ${ROLES.join(' | ')} |`;
  const rule = `|---|${ROLES.map(() => ':-:').join('|')}|`;
  const rows = COMMAND_TYPES.map(
    (command) =>
      `| ${command} | ${ROLES.map((role) => (isAllowedRole(command, role) ? '✓' : '—')).join(' | ')} |`,
  );
  const note =
    '✓ in the liaison column means "for its own agency only": the agency the command is done for must be ' +
    "the one named in the liaison's token.";
  return [header, rule, ...rows, '', note, ''].join('\n');
}
