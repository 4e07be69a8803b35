import { CommandMeta, reject } from '../../shared';
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
