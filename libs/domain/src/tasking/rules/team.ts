import { AGENCY_CODE } from '../../reference';
import { reject } from '../../shared';
import { Refusal } from './refusal';

/**
 * Who may lead and support a tasking: agencies of the task force, the lead apart from its supporters, each
 * named once. `members` comes from the TaskForce stream through the command's context.
 */
export function checkTeam(
  taskingId: string,
  taskForce: string,
  lead: string,
  supporters: readonly string[],
  members: readonly string[],
): Refusal {
  const malformed = [lead, ...supporters].filter((code) => !AGENCY_CODE.test(code));
  if (malformed.length > 0) {
    return reject(
      'TASKING_INVALID_AGENCY_CODE',
      `Tasking ${taskingId} names malformed agency codes: ${malformed.join(', ')}.`,
    );
  }
  if (supporters.includes(lead)) {
    return reject(
      'TASKING_LEAD_AMONG_SUPPORTERS',
      `Tasking ${taskingId} names ${lead} as lead agency and also as a supporting agency; it can only be one.`,
    );
  }
  const repeated = supporters.filter((code, index) => supporters.indexOf(code) !== index);
  if (repeated.length > 0) {
    return reject(
      'TASKING_DUPLICATE_SUPPORTER',
      `Tasking ${taskingId} names supporting agencies more than once: ${[...new Set(repeated)].join(', ')}.`,
    );
  }
  const outsiders = [lead, ...supporters].filter((code) => !members.includes(code));
  if (outsiders.length > 0) {
    return reject(
      'TASKING_AGENCY_NOT_MEMBER',
      `Tasking ${taskingId} names agencies that are not members of the ${taskForce} task force: ${outsiders.join(', ')}.`,
    );
  }
  return undefined;
}
