import { AGENCY_CODE, isStateCode } from '../../reference';
import { accept, Decision, reject } from '../../shared';
import { LaunchCampaign } from '../commands';
import { OutreachEvent } from '../events';
import { OutreachState } from '../state';
import { CCHT, MAX_PARTNERS } from '../vocabulary';
import { firstRefusal, Refusal, requireText } from './checks';

const MAX_NAME = 200;

/** The transportation partners who hang and count the posters: at least one, each once, CCHT apart. */
function requirePartners(partners: readonly string[], outreachId: string): Refusal {
  if (partners.length === 0)
    return reject(
      'OUTREACH_NO_PARTNERS',
      `Campaign ${outreachId} names no partner agency to place its posters.`,
    );
  if (partners.length > MAX_PARTNERS)
    return reject(
      'OUTREACH_TOO_MANY_ITEMS',
      `Campaign ${outreachId} names ${partners.length} partners; at most ${MAX_PARTNERS}.`,
    );
  for (const agency of partners) {
    if (!AGENCY_CODE.test(agency))
      return reject(
        'OUTREACH_INVALID_AGENCY_CODE',
        `Campaign ${outreachId} names ${agency}, which is not an agency code.`,
      );
    if (agency === CCHT)
      return reject(
        'OUTREACH_CCHT_AS_PARTNER',
        `Campaign ${outreachId} names CCHT as a partner; CCHT takes part in every campaign and is not listed.`,
      );
  }
  if (new Set(partners).size !== partners.length)
    return reject('OUTREACH_DUPLICATE_PARTNER', `Campaign ${outreachId} names a partner agency twice.`);
  return undefined;
}

export function launchCampaign(command: LaunchCampaign, state: OutreachState): Decision<OutreachEvent> {
  const { outreachId, taskForce, name, partners } = command.data;
  const { now } = command.meta;
  if (state.kind !== 'none')
    return reject(
      'OUTREACH_ALREADY_RECORDED',
      `Outreach ${outreachId} is already recorded as a ${state.kind}.`,
    );
  const refusal = firstRefusal(
    () =>
      isStateCode(taskForce)
        ? undefined
        : reject(
            'OUTREACH_UNKNOWN_TASK_FORCE',
            `Campaign ${outreachId} names ${taskForce}, which is not a state task force.`,
          ),
    () => requireText('name', name, outreachId, 'line', now, MAX_NAME),
    () => requirePartners(partners, outreachId),
  );
  if (refusal) return refusal;
  return accept({
    type: 'CampaignLaunched',
    data: { outreachId, taskForce, name, partners: [...partners], launchedAt: now },
  });
}
