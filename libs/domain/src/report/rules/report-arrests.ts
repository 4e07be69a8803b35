import { accept, Decision, reject } from '../../shared';
import { ReportArrests } from '../commands';
import { ReportEvent } from '../events';
import { OpenedReport } from '../state';
import {
  firstRefusal,
  MAX_ARRESTS_PER_REPORT,
  Refusal,
  requireAllegation,
  requireCount,
  requireIncidents,
  requireReportingAgency,
  sameAffiliation,
} from './checks';

/**
 * An arrest two agencies report is one arrest: the second report joins the first under the same incident
 * reference, and must allege the same affiliation (a different allegation is a revision, with its reason).
 * An agency reports an arrest once.
 */
function requireConsistent(command: ReportArrests, report: OpenedReport): Refusal {
  const { reportingAgency, arrests } = command.data;
  const known = new Map(report.arrests.map((arrest) => [arrest.incident, arrest]));
  for (const arrest of arrests) {
    const earlier = known.get(arrest.incident);
    if (earlier === undefined) continue;
    if (earlier.reportedBy.includes(reportingAgency))
      return reject(
        'REPORT_ALREADY_REPORTED',
        `${reportingAgency} already reported the arrest of incident ${arrest.incident} on report ${report.reportId}.`,
      );
    if (!sameAffiliation(earlier.affiliation, arrest.affiliation))
      return reject(
        'REPORT_ALLEGATION_CONFLICT',
        `Incident ${arrest.incident} was reported by ${earlier.reportedBy.join(', ')} as ${describe(earlier.affiliation)}, not ${describe(arrest.affiliation)}; correct the allegation with a revision, giving the reason.`,
      );
  }
  const added = arrests.filter((arrest) => !known.has(arrest.incident)).length;
  if (report.arrests.length + added > MAX_ARRESTS_PER_REPORT)
    return reject(
      'REPORT_TOO_MANY_ITEMS',
      `Report ${report.reportId} would hold ${report.arrests.length + added} arrests; one report holds at most ${MAX_ARRESTS_PER_REPORT}: open another for the rest of the operation.`,
    );
  return undefined;
}

const describe = (affiliation: { kind: string; name?: string }): string =>
  affiliation.name ? `${affiliation.kind} (${affiliation.name})` : affiliation.kind;

export function reportArrests(command: ReportArrests, report: OpenedReport): Decision<ReportEvent> {
  const { reportId, reportingAgency, arrests } = command.data;
  const refusal = firstRefusal(
    () => requireReportingAgency(reportingAgency, command.meta, report),
    () => requireCount('arrests', arrests.length, reportId),
    () =>
      requireIncidents(
        arrests.map((a) => a.incident),
        report,
        'arrest',
      ),
    () => arrests.reduce<Refusal>((found, arrest) => found ?? requireAllegation(arrest, reportId), undefined),
    () => requireConsistent(command, report),
  );
  if (refusal) return refusal;
  return accept({
    type: 'ArrestsReported',
    data: {
      reportId,
      taskForce: report.taskForce,
      reportingAgency,
      count: arrests.length,
      arrests: arrests.map(({ incident, affiliation, evidence }) => ({
        incident,
        affiliation:
          affiliation.name === undefined
            ? { kind: affiliation.kind }
            : { kind: affiliation.kind, name: affiliation.name },
        evidence: [...evidence],
      })),
      reportedAt: command.meta.now,
    },
  });
}
