import { accept, Decision, reject } from '../../shared';
import { ReviseReport } from '../commands';
import { ReportEvent, ReportRevision } from '../events';
import { caseLabel } from '../references';
import { OpenedReport, seizureKeyOf } from '../state';
import {
  firstRefusal,
  MAX_ARRESTS_PER_REPORT,
  Refusal,
  requireAllegation,
  requireCount,
  requireIncidents,
  requireReportingAgency,
  requireText,
} from './checks';
import { seizureProblem } from './report-seizures';

function requireAdditions(command: ReviseReport, report: OpenedReport): Refusal {
  const added = command.data.changes.addArrests ?? [];
  const known = new Set(report.arrests.map((a) => a.incident));
  for (const arrest of added) {
    const refusal =
      requireReportingAgency(arrest.reportedBy, { now: command.meta.now }, report) ??
      requireAllegation(arrest, report.reportId);
    if (refusal) return refusal;
    if (known.has(arrest.incident))
      return reject(
        'REPORT_ALREADY_REPORTED',
        `Report ${report.reportId} already holds the arrest of incident ${arrest.incident}; a revision adds only arrests it lacks.`,
      );
  }
  if (report.arrests.length + added.length > MAX_ARRESTS_PER_REPORT)
    return reject(
      'REPORT_TOO_MANY_ITEMS',
      `Report ${report.reportId} would hold more than ${MAX_ARRESTS_PER_REPORT} arrests.`,
    );
  return undefined;
}

/** An arrest in a charging document stays: the court record is what the tiers are checked against. */
function requireWithdrawable(command: ReviseReport, report: OpenedReport): Refusal {
  const byIncident = new Map(report.arrests.map((a) => [a.incident, a]));
  for (const incident of command.data.changes.withdrawArrests ?? []) {
    const arrest = byIncident.get(incident);
    if (arrest === undefined)
      return reject(
        'REPORT_INCIDENT_NOT_REPORTED',
        `Report ${report.reportId} holds no arrest of incident ${incident} to withdraw.`,
      );
    if (arrest.charged)
      return reject(
        'REPORT_WITHDRAW_CHARGED',
        `Incident ${incident} on report ${report.reportId} is charged in ${caseLabel(arrest.charged)}; a charged arrest is not withdrawn from the report.`,
      );
  }
  for (const { incident, affiliation } of command.data.changes.correctAffiliations ?? []) {
    const arrest = byIncident.get(incident);
    if (arrest === undefined)
      return reject(
        'REPORT_INCIDENT_NOT_REPORTED',
        `Report ${report.reportId} holds no arrest of incident ${incident} to correct.`,
      );
    if (arrest.affiliationProved)
      return reject(
        'REPORT_AFFILIATION_RULED',
        `The affiliation of incident ${incident} on report ${report.reportId} was proved in court; a court's finding is not revised.`,
      );
    const refusal = requireAllegation({ incident, affiliation }, report.reportId);
    if (refusal) return refusal;
  }
  const seizures = new Set(report.seizures.map(seizureKeyOf));
  for (const key of command.data.changes.withdrawSeizures ?? []) {
    if (!seizures.has(seizureKeyOf(key)))
      return reject(
        'REPORT_SEIZURE_NOT_REPORTED',
        `Report ${report.reportId} holds no ${key.drug ?? key.kind} seizure of incident ${key.incident} to withdraw.`,
      );
  }
  return undefined;
}

const listed = (changes: ReviseReport['data']['changes']): number =>
  (changes.addArrests?.length ?? 0) +
  (changes.withdrawArrests?.length ?? 0) +
  (changes.correctAffiliations?.length ?? 0) +
  (changes.withdrawSeizures?.length ?? 0);

export function reviseReport(command: ReviseReport, report: OpenedReport): Decision<ReportEvent> {
  const { reportId, reason, changes } = command.data;
  if (listed(changes) === 0)
    return reject(
      'REPORT_NO_CHANGES',
      `A revision of report ${reportId} must change something: it lists no change.`,
    );
  const touched = [
    ...(changes.addArrests ?? []).map((a) => a.incident),
    ...(changes.withdrawArrests ?? []),
    ...(changes.correctAffiliations ?? []).map((a) => a.incident),
  ];
  const withdrawn = changes.withdrawSeizures ?? [];
  const refusal = firstRefusal(
    () => requireText('reason', reason, reportId, 'text'),
    () => requireCount('changes', listed(changes), reportId),
    // An incident changes once per revision: added and withdrawn at once says nothing.
    () => requireIncidents(touched, report, 'changed incident'),
    () => requireIncidents([...new Set(withdrawn.map((s) => s.incident))], report, 'seizure'),
    // The kind and drug of a seizure withdrawn are checked as a report's are (the quantity is not there).
    () =>
      withdrawn.reduce<Refusal>(
        (found, key) => found ?? seizureProblem({ ...key, quantity: 1 }, reportId),
        undefined,
      ),
    () => requireAdditions(command, report),
    () => requireWithdrawable(command, report),
  );
  if (refusal) return refusal;
  const revision: ReportRevision = {
    ...(changes.addArrests?.length
      ? {
          addedArrests: changes.addArrests.map(({ incident, affiliation, evidence, reportedBy }) => ({
            incident,
            affiliation: { ...affiliation },
            evidence: [...evidence],
            reportedBy,
          })),
        }
      : {}),
    ...(changes.withdrawArrests?.length ? { withdrawnArrests: [...changes.withdrawArrests] } : {}),
    ...(changes.correctAffiliations?.length
      ? {
          correctedAffiliations: changes.correctAffiliations.map((c) => ({
            incident: c.incident,
            affiliation: { ...c.affiliation },
          })),
        }
      : {}),
    ...(changes.withdrawSeizures?.length
      ? {
          withdrawnSeizures: changes.withdrawSeizures.map(({ incident, kind, drug }) => ({
            incident,
            kind,
            ...(drug === undefined ? {} : { drug }),
          })),
        }
      : {}),
  };
  return accept({
    type: 'ReportRevised',
    data: { reportId, taskForce: report.taskForce, reason, changes: revision, revisedAt: command.meta.now },
  });
}
