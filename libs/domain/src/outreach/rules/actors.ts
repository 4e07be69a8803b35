import { AGENCY_CODE } from '../../reference';
import { CommandMeta, reject } from '../../shared';
import { CampaignState } from '../state';
import { CCHT } from '../vocabulary';
import { Refusal } from './checks';

/**
 * Seminars and tips are CCHT's work: its liaison acts on them, or the command center (no agency) for it.
 * A tip is sensitive: the partners who hang the posters never triage, link or close one.
 */
export const requireCcht = (meta: CommandMeta, act: string, outreachId: string): Refusal =>
  meta.actorAgency === undefined || meta.actorAgency === CCHT
    ? undefined
    : reject(
        'OUTREACH_NOT_CCHT',
        `Only CCHT's liaison or the command center may ${act} on outreach ${outreachId}; the actor acts for ${meta.actorAgency}.`,
      );

/**
 * Posters and scans are recorded for the agency that placed or counted them: one of the campaign's
 * partners, or CCHT. A liaison records for its own agency; the command center may transcribe a partner's
 * figures (its name stays in the event's actor metadata).
 */
export function requireRecordingAgency(agency: string, meta: CommandMeta, campaign: CampaignState): Refusal {
  if (meta.actorAgency !== undefined && meta.actorAgency !== agency)
    return reject(
      'OUTREACH_NOT_RECORDING_AGENCY',
      `Only ${agency}'s liaison or the command center records for ${agency}; the actor acts for ${meta.actorAgency}.`,
    );
  if (!AGENCY_CODE.test(agency))
    return reject(
      'OUTREACH_INVALID_AGENCY_CODE',
      `Campaign ${campaign.outreachId} names ${agency}, which is not an agency code.`,
    );
  if (agency !== CCHT && !campaign.partners.includes(agency))
    return reject(
      'OUTREACH_NOT_PARTNER',
      `${agency} is not a partner of campaign '${campaign.name}' (${campaign.outreachId}); its partners are ${[CCHT, ...campaign.partners].join(', ')}.`,
    );
  return undefined;
}
