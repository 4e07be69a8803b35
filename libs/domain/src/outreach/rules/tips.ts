import { accept, Decision, reject } from '../../shared';
import { CloseTip, LinkTip, ReceiveTip, TriageTip } from '../commands';
import { OutreachEvent } from '../events';
import { CampaignState, findPlacement, findTip, TipRecord } from '../state';
import {
  isTipChannel,
  isTipClosureReason,
  isTipPriority,
  MAX_TIPS_PER_CAMPAIGN,
  TIP_CHANNELS,
  TIP_CLOSURE_REASONS,
  TIP_PRIORITIES,
} from '../vocabulary';
import { requireCcht } from './actors';
import {
  firstRefusal,
  optionalText,
  Refusal,
  requirePastInstant,
  requirePlacementRef,
  requireReference,
} from './checks';

const AGGREGATE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A tip through a poster may name the placement it came from: one of the campaign's, and only then. */
function requirePoster(command: ReceiveTip, campaign: CampaignState): Refusal {
  const { outreachId, poster, channel, tip } = command.data;
  if (poster === undefined) return undefined;
  if (channel !== 'qr-poster')
    return reject(
      'OUTREACH_POSTER_CHANNEL',
      `Tip ${tip} came by ${channel}; only a tip through a QR poster names the poster it came from.`,
    );
  return firstRefusal(
    () => requirePlacementRef(poster, outreachId, command.meta.now),
    () =>
      findPlacement(campaign, poster) === undefined
        ? reject(
            'OUTREACH_PLACEMENT_NOT_FOUND',
            `Campaign ${outreachId} has no posters at ${poster.placement} ${poster.reference}.`,
          )
        : undefined,
  );
}

export function receiveTip(command: ReceiveTip, campaign: CampaignState): Decision<OutreachEvent> {
  const { outreachId, tip, channel, receivedAt, poster } = command.data;
  const { now } = command.meta;
  const refusal = firstRefusal(
    () => requireCcht(command.meta, 'receive a tip', outreachId),
    () => requireReference('tip reference', tip, outreachId, now),
    () =>
      isTipChannel(channel)
        ? undefined
        : reject(
            'OUTREACH_UNKNOWN_CHANNEL',
            `Tip ${tip} came by ${channel}; the channels are ${TIP_CHANNELS.join(', ')}.`,
          ),
    () => requirePastInstant('time tip was received', receivedAt, outreachId, now),
    () =>
      Date.parse(receivedAt) < Date.parse(campaign.launchedAt)
        ? reject(
            'OUTREACH_BEFORE_LAUNCH',
            `Tip ${tip} was received at ${receivedAt}, before campaign ${outreachId} was launched at ${campaign.launchedAt}.`,
          )
        : undefined,
    () => requirePoster(command, campaign),
    () =>
      findTip(campaign, tip) === undefined
        ? undefined
        : reject(
            'OUTREACH_TIP_ALREADY_RECEIVED',
            `Tip ${tip} is already recorded on campaign ${outreachId}.`,
          ),
    () =>
      campaign.tips.length >= MAX_TIPS_PER_CAMPAIGN
        ? reject(
            'OUTREACH_TOO_MANY_ITEMS',
            `Campaign ${outreachId} holds ${campaign.tips.length} tips, its most; launch a campaign for the next period.`,
          )
        : undefined,
  );
  if (refusal) return refusal;
  return accept({
    type: 'TipReceived',
    data: {
      outreachId,
      taskForce: campaign.taskForce,
      tip,
      channel,
      ...(poster === undefined
        ? {}
        : { poster: { placement: poster.placement, reference: poster.reference } }),
      receivedAt,
      recordedAt: now,
    },
  });
}

/** The tip named, on which the step may still be taken: a closed tip accepts nothing, a linked one is done. */
function openTip(
  campaign: CampaignState,
  tip: string,
  act: string,
): { readonly tip: TipRecord } | { readonly refusal: Decision<never> } {
  const record = findTip(campaign, tip);
  if (record === undefined)
    return {
      refusal: reject('OUTREACH_TIP_NOT_FOUND', `Campaign ${campaign.outreachId} has no tip ${tip}.`),
    };
  if (record.status === 'closed')
    return {
      refusal: reject(
        'OUTREACH_TIP_CLOSED',
        `Tip ${tip} is closed (${record.closure}); it cannot be ${act}.`,
      ),
    };
  if (record.status === 'linked')
    return {
      refusal: reject(
        'OUTREACH_TIP_ALREADY_LINKED',
        `Tip ${tip} is linked to ${record.taskingId ? `tasking ${record.taskingId}` : `report ${record.reportId}`}; it cannot be ${act}.`,
      ),
    };
  return { tip: record };
}

export function triageTip(command: TriageTip, campaign: CampaignState): Decision<OutreachEvent> {
  const { outreachId, tip, priority, note } = command.data;
  const { now } = command.meta;
  const actor = requireCcht(command.meta, 'triage a tip', outreachId);
  if (actor) return actor;
  const found = openTip(campaign, tip, 'triaged');
  if ('refusal' in found) return found.refusal;
  const refusal = firstRefusal(
    () =>
      found.tip.status === 'triaged'
        ? reject('OUTREACH_TIP_ALREADY_TRIAGED', `Tip ${tip} is already triaged as ${found.tip.priority}.`)
        : undefined,
    () =>
      isTipPriority(priority)
        ? undefined
        : reject(
            'OUTREACH_UNKNOWN_PRIORITY',
            `Tip ${tip} is triaged as ${priority}; the priorities are ${TIP_PRIORITIES.join(', ')}.`,
          ),
    () => optionalText('triage note', note, outreachId, now),
  );
  if (refusal) return refusal;
  return accept({
    type: 'TipTriaged',
    data: {
      outreachId,
      taskForce: campaign.taskForce,
      tip,
      channel: found.tip.channel,
      priority,
      ...(note === undefined ? {} : { note }),
      triagedAt: now,
    },
  });
}

/**
 * A triaged tip is linked once, to the tasking it led to or the operation report it fed: one that exists,
 * of the campaign's own task force (what another state's task force holds is not this campaign's to
 * name), and not a cancelled tasking. Whether none exists or it is another state's, the refusal is the
 * same, so that it tells no one more than that.
 */
function requireTarget(command: LinkTip, campaign: CampaignState): Refusal {
  const { tip, taskingId, reportId, context } = command.data;
  if ((taskingId === undefined) === (reportId === undefined))
    return reject(
      'OUTREACH_LINK_TARGET',
      `Tip ${tip} is linked to exactly one tasking or one report; the request names ${taskingId === undefined ? 'neither' : 'both'}.`,
    );
  const [what, id] = taskingId !== undefined ? ['tasking', taskingId] : ['report', reportId as string];
  if (!AGGREGATE_ID.test(id))
    return reject(
      'OUTREACH_INVALID_ID',
      `Tip ${tip} names the ${what} ${id}, which is not a lower-case UUID.`,
    );
  const target = context.target;
  if (target === undefined || target.taskForce !== campaign.taskForce)
    return reject(
      taskingId !== undefined ? 'OUTREACH_UNKNOWN_TASKING' : 'OUTREACH_UNKNOWN_REPORT',
      `The ${campaign.taskForce} task force has no ${what} ${id} for tip ${tip} to be linked to.`,
    );
  return target.cancelled
    ? reject('OUTREACH_TASKING_CANCELLED', `Tasking ${id} is cancelled; tip ${tip} cannot lead to it.`)
    : undefined;
}

export function linkTip(command: LinkTip, campaign: CampaignState): Decision<OutreachEvent> {
  const { outreachId, tip, taskingId, reportId } = command.data;
  const actor = requireCcht(command.meta, 'link a tip', outreachId);
  if (actor) return actor;
  const found = openTip(campaign, tip, 'linked again');
  if ('refusal' in found) return found.refusal;
  const refusal = firstRefusal(
    () =>
      found.tip.status === 'triaged'
        ? undefined
        : reject('OUTREACH_TIP_NOT_TRIAGED', `Tip ${tip} is not triaged yet; it is linked once triaged.`),
    () => requireTarget(command, campaign),
  );
  if (refusal) return refusal;
  return accept({
    type: 'TipLinked',
    data: {
      outreachId,
      taskForce: campaign.taskForce,
      tip,
      channel: found.tip.channel,
      ...(taskingId === undefined ? {} : { taskingId }),
      ...(reportId === undefined ? {} : { reportId }),
      linkedAt: command.meta.now,
    },
  });
}

/** A tip that leads nowhere is closed with one of the reasons, received or triaged; closed, it stays closed. */
export function closeTip(command: CloseTip, campaign: CampaignState): Decision<OutreachEvent> {
  const { outreachId, tip, reason, note } = command.data;
  const { now } = command.meta;
  const actor = requireCcht(command.meta, 'close a tip', outreachId);
  if (actor) return actor;
  const found = openTip(campaign, tip, 'closed');
  if ('refusal' in found) return found.refusal;
  const refusal = firstRefusal(
    () =>
      isTipClosureReason(reason)
        ? undefined
        : reject(
            'OUTREACH_UNKNOWN_CLOSURE_REASON',
            `Tip ${tip} is closed for ${reason}; the reasons are ${TIP_CLOSURE_REASONS.join(', ')}.`,
          ),
    () => optionalText('closing note', note, outreachId, now),
  );
  if (refusal) return refusal;
  return accept({
    type: 'TipClosed',
    data: {
      outreachId,
      taskForce: campaign.taskForce,
      tip,
      channel: found.tip.channel,
      reason,
      ...(note === undefined ? {} : { note }),
      closedAt: now,
    },
  });
}
