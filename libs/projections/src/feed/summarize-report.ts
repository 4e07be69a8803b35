import { caseLabel, docketLabel, ReportEvent } from '@hstf/domain';
import { oneLine, readableTime } from './readable-text';

const arrests = (n: number): string => `${n} arrest${n === 1 ? '' : 's'}`;

/**
 * One line per report event. Each names its tier, so that a liaison reading "12 arrests" knows whether
 * that is an operational tally, a charging document or a court record.
 */
export function summarizeReport(event: ReportEvent): string {
  const report = `report ${event.data.reportId} (${event.data.taskForce})`;
  switch (event.type) {
    case 'ReportOpened': {
      const { operation, period, participants, taskForce } = event.data;
      return `Operation report '${oneLine(operation)}' opened for the ${taskForce} task force, ${readableTime(period.from)} to ${readableTime(period.to)}, with ${participants.join(', ')}`;
    }
    case 'ArrestsReported':
      return `${event.data.reportingAgency} reported ${arrests(event.data.count)} on ${report} (reported tier)`;
    case 'SeizuresReported': {
      const kinds = [...new Set(event.data.seizures.map((s) => s.drug ?? s.kind))];
      return `${event.data.reportingAgency} reported ${event.data.seizures.length} seizure${event.data.seizures.length === 1 ? '' : 's'} (${kinds.join(', ')}) on ${report} (reported tier)`;
    }
    case 'ArrestsCharged':
      return `${arrests(event.data.count)} on ${report} charged in ${caseLabel(event.data.charging)} (charged tier)`;
    case 'ArrestsCourtVerified':
      return `${arrests(event.data.count)} on ${report} verified in court, ${docketLabel(event.data.docket)}: ${event.data.outcome} (court-verified tier)`;
    case 'AffiliationProved':
      return `Affiliation proved in court for ${arrests(event.data.incidents.length)} on ${report}, ${docketLabel(event.data.docket)}: ${oneLine(event.data.finding)}`;
    case 'ReportRevised':
      return `${report} revised: ${oneLine(event.data.reason)}`;
  }
}
