import { assertNever, Decision, reject } from '../shared';
import { OutreachCommand } from './commands';
import { OutreachEvent } from './events';
import { CampaignState, OutreachState } from './state';
import { launchCampaign } from './rules/launch-campaign';
import { placePosters, removePosters } from './rules/posters';
import { recordScans } from './rules/record-scans';
import { correctAttendance, holdSeminar } from './rules/seminars';
import { closeTip, linkTip, receiveTip, triageTip } from './rules/tips';

type CampaignCommand = Exclude<
  OutreachCommand,
  { type: 'HoldSeminar' | 'LaunchCampaign' | 'CorrectAttendance' }
>;

function decideOnCampaign(command: CampaignCommand, campaign: CampaignState): Decision<OutreachEvent> {
  switch (command.type) {
    case 'PlacePosters':
      return placePosters(command, campaign);
    case 'RemovePosters':
      return removePosters(command, campaign);
    case 'RecordScans':
      return recordScans(command, campaign);
    case 'ReceiveTip':
      return receiveTip(command, campaign);
    case 'TriageTip':
      return triageTip(command, campaign);
    case 'LinkTip':
      return linkTip(command, campaign);
    case 'CloseTip':
      return closeTip(command, campaign);
    default:
      return assertNever(command);
  }
}

export function decide(command: OutreachCommand, state: OutreachState): Decision<OutreachEvent> {
  if (command.type === 'HoldSeminar') return holdSeminar(command, state);
  if (command.type === 'LaunchCampaign') return launchCampaign(command, state);
  const { outreachId } = command.data;
  if (state.kind === 'none')
    return reject('OUTREACH_NOT_FOUND', `Outreach ${outreachId} has not been recorded.`);
  if (command.type === 'CorrectAttendance')
    return state.kind === 'seminar'
      ? correctAttendance(command, state)
      : reject(
          'OUTREACH_NOT_A_SEMINAR',
          `Outreach ${outreachId} is a campaign; only a seminar has an attendance.`,
        );
  if (state.kind !== 'campaign')
    return reject(
      'OUTREACH_NOT_A_CAMPAIGN',
      `Outreach ${outreachId} is a ${state.kind}, not a poster campaign.`,
    );
  return decideOnCampaign(command, state);
}
