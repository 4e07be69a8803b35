import { CommandMeta, reject } from '../../shared';
import { Addressee } from '../addressees';
import { TaskForceCoLeadsContext } from '../commands';
import { Refusal } from './refusal';

const actorName = (meta: CommandMeta): string => meta.actorAgency ?? 'the command centre';

/**
 * Whether the actor may speak for an addressee: an agency through its own liaison, a state's task force
 * through a liaison of one of its co-lead agencies (DOJ and DHS lead every task force jointly, so either
 * commits it). The co-leads come from the TaskForce stream through the command's context.
 */
export function requireSpeaksFor(
  directiveId: string,
  addressee: Addressee,
  meta: CommandMeta,
  context: TaskForceCoLeadsContext | undefined,
): Refusal {
  if (addressee.kind === 'agency') {
    return meta.actorAgency === addressee.code
      ? undefined
      : reject(
          'DIRECTIVE_ACTOR_NOT_ADDRESSEE',
          `Only a liaison of ${addressee.code} acknowledges directive ${directiveId} for that agency; the actor acts for ${actorName(meta)}.`,
        );
  }
  const coLeads = context?.taskForceCoLeads ?? [];
  return meta.actorAgency !== undefined && coLeads.includes(meta.actorAgency)
    ? undefined
    : reject(
        'DIRECTIVE_ACTOR_NOT_CO_LEAD',
        `Only a co-lead agency of the ${addressee.code} task force (${coLeads.join(', ') || 'none known'}) acknowledges directive ${directiveId} for it; the actor acts for ${actorName(meta)}.`,
      );
}
