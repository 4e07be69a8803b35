import { accept, Decision, reject } from '../../shared';
import { PlacePosters, PosterCount, RemovePosters } from '../commands';
import { OutreachEvent } from '../events';
import { CampaignState, findPlacement, placementKeyOf } from '../state';
import { MAX_PLACEMENTS_PER_CAMPAIGN, MAX_POSTERS } from '../vocabulary';
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

const total = (items: readonly PosterCount[]): number => items.reduce((sum, item) => sum + item.posters, 0);

const copy = (items: readonly PosterCount[]): PosterCount[] =>
  items.map(({ placement, reference, posters }) => ({ placement, reference, posters }));

/** Who records, what is listed, and each item: a station or train by reference and a number of posters. */
function requirePosterCounts(
  agency: string,
  items: readonly PosterCount[],
  command: PlacePosters | RemovePosters,
  campaign: CampaignState,
): Refusal {
  const { outreachId } = campaign;
  return firstRefusal(
    () => requireRecordingAgency(agency, command.meta, campaign),
    () => requireItems('placements', items.length, outreachId),
    () =>
      eachRefusal(items, (item) =>
        firstRefusal(
          () => requirePlacementRef(item, outreachId, command.meta.now),
          () =>
            requireCount(`posters at ${item.placement} ${item.reference}`, item.posters, outreachId, {
              min: 1,
              max: MAX_POSTERS,
            }),
        ),
      ),
    () => requireDistinctPlacements(items, outreachId),
  );
}

export function placePosters(command: PlacePosters, campaign: CampaignState): Decision<OutreachEvent> {
  const { outreachId, agency, placements } = command.data;
  const refusal = firstRefusal(
    () => requirePosterCounts(agency, placements, command, campaign),
    () =>
      eachRefusal(placements, (item) => {
        const up = findPlacement(campaign, item)?.posters ?? 0;
        return up + item.posters > MAX_POSTERS
          ? reject(
              'OUTREACH_INVALID_COUNT',
              `The ${item.placement} ${item.reference} of campaign ${outreachId} would hold ${up + item.posters} posters; at most ${MAX_POSTERS}.`,
            )
          : undefined;
      }),
    () => {
      const known = new Set(campaign.placements.map(placementKeyOf));
      const added = placements.filter((item) => !known.has(placementKeyOf(item))).length;
      return campaign.placements.length + added > MAX_PLACEMENTS_PER_CAMPAIGN
        ? reject(
            'OUTREACH_TOO_MANY_ITEMS',
            `Campaign ${outreachId} would hang posters at ${campaign.placements.length + added} stations and trains; at most ${MAX_PLACEMENTS_PER_CAMPAIGN}.`,
          )
        : undefined;
    },
  );
  if (refusal) return refusal;
  return accept({
    type: 'PostersPlaced',
    data: {
      outreachId,
      taskForce: campaign.taskForce,
      agency,
      placements: copy(placements),
      total: total(placements),
      placedAt: command.meta.now,
    },
  });
}

/** Posters taken down: only where they hang, and never more than hang there, so no count goes below zero. */
export function removePosters(command: RemovePosters, campaign: CampaignState): Decision<OutreachEvent> {
  const { outreachId, agency, removals } = command.data;
  const refusal = firstRefusal(
    () => requirePosterCounts(agency, removals, command, campaign),
    () =>
      eachRefusal(removals, (item) => {
        const known = findPlacement(campaign, item);
        if (known === undefined)
          return reject(
            'OUTREACH_PLACEMENT_NOT_FOUND',
            `Campaign ${outreachId} has no posters at ${item.placement} ${item.reference}.`,
          );
        return item.posters > known.posters
          ? reject(
              'OUTREACH_POSTERS_BELOW_ZERO',
              `Campaign ${outreachId} has ${known.posters} posters at ${item.placement} ${item.reference}; ${item.posters} cannot be taken down.`,
            )
          : undefined;
      }),
  );
  if (refusal) return refusal;
  return accept({
    type: 'PostersRemoved',
    data: {
      outreachId,
      taskForce: campaign.taskForce,
      agency,
      removals: copy(removals),
      total: total(removals),
      removedAt: command.meta.now,
    },
  });
}
