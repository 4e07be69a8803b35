import { OutreachEvent, PosterCount } from '@hstf/domain';
import { listed, oneLine, readableTime } from './readable-text';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "at 1 station and on 2 trains": where a list of poster counts hangs. */
function where(items: readonly Pick<PosterCount, 'placement'>[]): string {
  const stations = items.filter((i) => i.placement === 'station').length;
  const trains = items.length - stations;
  return [
    ...(stations > 0 ? [`at ${plural(stations, 'station')}`] : []),
    ...(trains > 0 ? [`on ${plural(trains, 'train')}`] : []),
  ].join(' and ');
}

/**
 * One line per outreach event. A tip is named by its reference only, and the words of a triage or a
 * closing note stay in the event: a partner reading the feed learns that a tip moved, not what it says.
 */
export function summarizeOutreach(event: OutreachEvent): string {
  const campaign = `campaign ${event.data.outreachId} (${event.data.taskForce})`;
  switch (event.type) {
    case 'SeminarHeld': {
      const { format, audience, taskForce, venue, heldAt, attendance } = event.data;
      return `CCHT ${format} for ${audience} held for the ${taskForce} task force at ${venue}, ${readableTime(heldAt)}: ${plural(attendance.attendees, 'attendee')}, ${attendance.frontLineStaff} of them front-line staff`;
    }
    case 'SeminarAttendanceCorrected': {
      const { outreachId, taskForce, audience, previous, attendance, reason } = event.data;
      return `Attendance of CCHT seminar ${outreachId} (${taskForce}, ${audience}) corrected from ${previous.attendees} to ${plural(attendance.attendees, 'attendee')}: ${oneLine(reason)}`;
    }
    case 'CampaignLaunched': {
      const { name, taskForce, partners } = event.data;
      return `QR-poster campaign '${oneLine(name)}' launched for the ${taskForce} task force with CCHT, ${listed(partners)}`;
    }
    case 'PostersPlaced':
      return `${event.data.agency} placed ${plural(event.data.total, 'poster')} ${where(event.data.placements)} for ${campaign}`;
    case 'PostersRemoved':
      return `${event.data.agency} took down ${plural(event.data.total, 'poster')} ${where(event.data.removals)} for ${campaign}`;
    case 'ScansRecorded': {
      const { agency, total, scans, period } = event.data;
      return `${agency} counted ${plural(total, 'QR scan')} ${where(scans)}, ${readableTime(period.from)} to ${readableTime(period.to)}, for ${campaign}`;
    }
    case 'TipReceived':
      return `Tip ${event.data.tip} received by ${event.data.channel} on ${campaign}`;
    case 'TipTriaged':
      return `Tip ${event.data.tip} on ${campaign} triaged ${event.data.priority}`;
    case 'TipLinked': {
      const { tip, taskingId, reportId } = event.data;
      const target = taskingId !== undefined ? `tasking ${taskingId}` : `report ${reportId}`;
      return `Tip ${tip} on ${campaign} linked to ${target}`;
    }
    case 'TipClosed':
      return `Tip ${event.data.tip} on ${campaign} closed: ${event.data.reason}`;
  }
}
