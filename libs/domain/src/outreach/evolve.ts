import { assertNever } from '../shared';
import { PlacementRef } from './commands';
import { OutreachEvent } from './events';
import { CampaignState, OutreachState, PlacementRecord, placementKeyOf, TipRecord } from './state';

/** Applies `change` to the placements named (a new one starts at zero), keeping their order. */
function changePlacements<P extends PlacementRef>(
  placements: readonly PlacementRecord[],
  items: readonly P[],
  change: (record: PlacementRecord, item: P) => PlacementRecord,
): readonly PlacementRecord[] {
  const byKey = new Map(placements.map((p) => [placementKeyOf(p), p]));
  for (const item of items) {
    const key = placementKeyOf(item);
    const known = byKey.get(key) ?? {
      placement: item.placement,
      reference: item.reference,
      posters: 0,
      placed: 0,
      removed: 0,
      scans: 0,
    };
    byKey.set(key, change(known, item));
  }
  return [...byKey.values()];
}

function changeTip(
  campaign: CampaignState,
  tip: string,
  change: (record: TipRecord) => TipRecord,
): CampaignState {
  return { ...campaign, tips: campaign.tips.map((t) => (t.tip === tip ? change(t) : t)) };
}

function evolveCampaign(state: CampaignState, event: OutreachEvent): OutreachState {
  switch (event.type) {
    case 'PostersPlaced':
      return {
        ...state,
        placements: changePlacements(state.placements, event.data.placements, (p, item) => ({
          ...p,
          posters: p.posters + item.posters,
          placed: p.placed + item.posters,
        })),
      };
    case 'PostersRemoved':
      return {
        ...state,
        placements: changePlacements(state.placements, event.data.removals, (p, item) => ({
          ...p,
          posters: p.posters - item.posters,
          removed: p.removed + item.posters,
        })),
      };
    case 'ScansRecorded': {
      const { period } = event.data;
      return {
        ...state,
        placements: changePlacements(state.placements, event.data.scans, (p, item) => ({
          ...p,
          scans: p.scans + item.scans,
          countedTo: period.to,
        })),
      };
    }
    case 'TipReceived': {
      const { tip, channel, poster, receivedAt } = event.data;
      const record: TipRecord = {
        tip,
        channel,
        ...(poster === undefined ? {} : { poster: { ...poster } }),
        status: 'received',
        receivedAt,
      };
      return { ...state, tips: [...state.tips, record] };
    }
    case 'TipTriaged':
      return changeTip(state, event.data.tip, (t) => ({
        ...t,
        status: 'triaged',
        priority: event.data.priority,
      }));
    case 'TipLinked': {
      const { taskingId, reportId } = event.data;
      return changeTip(state, event.data.tip, (t) => ({
        ...t,
        status: 'linked',
        ...(taskingId === undefined ? {} : { taskingId }),
        ...(reportId === undefined ? {} : { reportId }),
      }));
    }
    case 'TipClosed':
      return changeTip(state, event.data.tip, (t) => ({
        ...t,
        status: 'closed',
        closure: event.data.reason,
      }));
    // A seminar's events never reach a campaign (decide never emits them there): the replay of a damaged
    // stream folds to the campaign as it was rather than throw.
    default:
      return state;
  }
}

export function evolve(state: OutreachState, event: OutreachEvent): OutreachState {
  switch (event.type) {
    case 'SeminarHeld': {
      const { outreachId, taskForce, format, audience, venue, heldAt, attendance } = event.data;
      return {
        kind: 'seminar',
        outreachId,
        taskForce,
        format,
        audience,
        venue,
        heldAt,
        attendance: { attendees: attendance.attendees, frontLineStaff: attendance.frontLineStaff },
      };
    }
    case 'SeminarAttendanceCorrected': {
      if (state.kind !== 'seminar') return state;
      const { attendees, frontLineStaff } = event.data.attendance;
      return { ...state, attendance: { attendees, frontLineStaff } };
    }
    case 'CampaignLaunched': {
      const { outreachId, taskForce, name, partners, launchedAt } = event.data;
      return {
        kind: 'campaign',
        outreachId,
        taskForce,
        name,
        partners: [...partners],
        launchedAt,
        placements: [],
        tips: [],
      };
    }
    case 'PostersPlaced':
    case 'PostersRemoved':
    case 'ScansRecorded':
    case 'TipReceived':
    case 'TipTriaged':
    case 'TipLinked':
    case 'TipClosed':
      return state.kind === 'campaign' ? evolveCampaign(state, event) : state;
    default:
      return assertNever(event);
  }
}
