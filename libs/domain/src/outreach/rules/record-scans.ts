import { accept, Decision, EARLIEST_INSTANT, isInstant, LATEST_INSTANT, reject } from '../../shared';
import { RecordScans } from '../commands';
import { OutreachEvent } from '../events';
import { CampaignState, findPlacement } from '../state';
import { MAX_SCANS } from '../vocabulary';
import { requireRecordingAgency } from './actors';
import {
  eachRefusal,
  firstRefusal,
  Refusal,
  requireCount,
  requireDistinctPlacements,
  requireItems,
  requirePlacementRef,
} from './checks';

/** A period that has ended, of the campaign's life: scans before its launch are not its scans. */
function requirePeriod(command: RecordScans, campaign: CampaignState): Refusal {
  const { outreachId, period } = command.data;
  const { now } = command.meta;
  if (!(isInstant(period.from) && isInstant(period.to) && Date.parse(period.to) > Date.parse(period.from)))
    return reject(
      'OUTREACH_INVALID_PERIOD',
      `The period ${period.from} to ${period.to} of the scans on campaign ${outreachId} must be two ISO-8601 instants between ${EARLIEST_INSTANT} and ${LATEST_INSTANT}, the second after the first.`,
    );
  if (Date.parse(period.to) > Date.parse(now))
    return reject(
      'OUTREACH_IN_FUTURE',
      `The scans on campaign ${outreachId} are counted to ${period.to}, after ${now}: only a period that has ended is counted.`,
    );
  if (Date.parse(period.from) < Date.parse(campaign.launchedAt))
    return reject(
      'OUTREACH_BEFORE_LAUNCH',
      `The scans on campaign ${outreachId} are counted from ${period.from}, before its launch at ${campaign.launchedAt}.`,
    );
  return undefined;
}

/**
 * Scans are counted where posters hang, period after period: a count that starts before the end of the
 * last one counted at the same place would count some scans twice.
 */
export function recordScans(command: RecordScans, campaign: CampaignState): Decision<OutreachEvent> {
  const { outreachId, agency, period, scans } = command.data;
  const { now } = command.meta;
  const refusal = firstRefusal(
    () => requireRecordingAgency(agency, command.meta, campaign),
    () => requirePeriod(command, campaign),
    () => requireItems('scan counts', scans.length, outreachId),
    () =>
      eachRefusal(scans, (item) =>
        firstRefusal(
          () => requirePlacementRef(item, outreachId, now),
          () =>
            requireCount(`scans at ${item.placement} ${item.reference}`, item.scans, outreachId, {
              min: 0,
              max: MAX_SCANS,
            }),
        ),
      ),
    () => requireDistinctPlacements(scans, outreachId),
    () =>
      eachRefusal(scans, (item) => {
        const known = findPlacement(campaign, item);
        if (known === undefined)
          return reject(
            'OUTREACH_PLACEMENT_NOT_FOUND',
            `Campaign ${outreachId} has no posters at ${item.placement} ${item.reference} to be scanned.`,
          );
        return known.countedTo !== undefined && Date.parse(period.from) < Date.parse(known.countedTo)
          ? reject(
              'OUTREACH_SCANS_ALREADY_COUNTED',
              `The scans at ${item.placement} ${item.reference} of campaign ${outreachId} are counted to ${known.countedTo}; a new count starts there or later, not at ${period.from}.`,
            )
          : undefined;
      }),
  );
  if (refusal) return refusal;
  return accept({
    type: 'ScansRecorded',
    data: {
      outreachId,
      taskForce: campaign.taskForce,
      agency,
      period: { from: period.from, to: period.to },
      scans: scans.map(({ placement, reference, scans: n }) => ({ placement, reference, scans: n })),
      total: scans.reduce((sum, item) => sum + item.scans, 0),
      recordedAt: now,
    },
  });
}
