import { CommandMeta, reject } from '../../shared';
import { PledgeContext } from '../commands';
import { Refusal } from './checks';

/**
 * A pledge is the agency's own word, so a liaison acts only on its own agency's commitments. The command
 * centre (no agency) may record on the agency's behalf: agency heads often give support by letter or at a
 * task force meeting, and someone has to transcribe it. Who recorded it stays in the event's actor metadata.
 */
export const requirePledgingAgency = (
  agency: string,
  meta: CommandMeta,
  act: string,
  commitmentId: string,
): Refusal =>
  meta.actorAgency === undefined || meta.actorAgency === agency
    ? undefined
    : reject(
        'COMMITMENT_NOT_PLEDGING_AGENCY',
        `Only ${agency} or the command centre may ${act} commitment ${commitmentId}; the actor acts for ${meta.actorAgency}.`,
      );

/**
 * Support goes to a task force the agency serves on: a pledge to a task force that is not established, or
 * of which the agency is not a member, would show in that state's board and in the national totals as
 * support that nobody there can use. The members come from the TaskForce stream through the context.
 */
export const requireMember = (
  agency: string,
  taskForce: string,
  context: PledgeContext,
  commitmentId: string,
): Refusal =>
  context.taskForceMembers.includes(agency)
    ? undefined
    : reject(
        'COMMITMENT_NOT_A_MEMBER',
        `Commitment ${commitmentId}: ${agency} is not a member agency of an established ${taskForce} task force; only its members pledge support to it.`,
      );
