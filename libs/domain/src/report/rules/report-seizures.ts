import { accept, Decision, quantityProblem, reject } from '../../shared';
import { ReportSeizures, SeizureInput } from '../commands';
import { ReportEvent } from '../events';
import { DRUG_KINDS, isDrugKind, isSeizureKind, SEIZURE_KINDS, SEIZURE_UNITS } from '../provenance';
import { OpenedReport, seizureKeyOf } from '../state';
import { firstRefusal, Refusal, requireCount, requireIncidents, requireReportingAgency } from './checks';

// Firearms and vehicles are counted whole; currency to the cent; drugs by weight to the gram.
const DECIMALS = { drugs: 3, firearms: 0, currency: 2, vehicles: 0 } as const;

export function seizureProblem(seizure: SeizureInput, reportId: string): Refusal {
  const { incident, kind, drug, quantity } = seizure;
  if (!isSeizureKind(kind))
    return reject(
      'REPORT_UNKNOWN_SEIZURE_KIND',
      `A seizure of incident ${incident} on report ${reportId} is of kind ${kind}; the kinds are ${SEIZURE_KINDS.join(', ')}.`,
    );
  if (kind === 'drugs' && (drug === undefined || !isDrugKind(drug)))
    return reject(
      'REPORT_DRUG_KIND',
      `The drug seizure of incident ${incident} on report ${reportId} must name its drug, one of ${DRUG_KINDS.join(', ')}.`,
    );
  if (kind !== 'drugs' && drug !== undefined)
    return reject(
      'REPORT_DRUG_KIND',
      `A ${kind} seizure of incident ${incident} on report ${reportId} names no drug.`,
    );
  const problem = quantityProblem(quantity);
  const scaled = quantity * 10 ** DECIMALS[kind];
  const tooFine = problem === undefined && Math.abs(scaled - Math.round(scaled)) > 1e-6;
  if (problem || tooFine)
    return reject(
      'REPORT_INVALID_QUANTITY',
      `The ${kind} seized in incident ${incident} on report ${reportId} ${problem ?? `must have at most ${DECIMALS[kind]} decimals`}, not ${quantity} (${SEIZURE_UNITS[kind]}).`,
    );
  return undefined;
}

/** A seizure two agencies report is one seizure, of the same quantity; an agency reports it once. */
function requireConsistent(command: ReportSeizures, report: OpenedReport): Refusal {
  const { reportingAgency, seizures } = command.data;
  const known = new Map(report.seizures.map((s) => [seizureKeyOf(s), s]));
  const named = new Set<string>();
  for (const seizure of seizures) {
    const key = seizureKeyOf(seizure);
    const what = `${seizure.drug ?? seizure.kind} seized in incident ${seizure.incident}`;
    if (named.has(key))
      return reject(
        'REPORT_DUPLICATE_INCIDENT',
        `The ${what} is listed twice in one request on report ${report.reportId}.`,
      );
    named.add(key);
    const earlier = known.get(key);
    if (earlier === undefined) continue;
    if (earlier.reportedBy.includes(reportingAgency))
      return reject(
        'REPORT_ALREADY_REPORTED',
        `${reportingAgency} already reported the ${what} on report ${report.reportId}.`,
      );
    if (earlier.quantity !== seizure.quantity)
      return reject(
        'REPORT_SEIZURE_CONFLICT',
        `The ${what} was reported by ${earlier.reportedBy.join(', ')} as ${earlier.quantity} ${earlier.unit}, not ${seizure.quantity}; correct it with a revision, giving the reason.`,
      );
  }
  return undefined;
}

export function reportSeizures(command: ReportSeizures, report: OpenedReport): Decision<ReportEvent> {
  const { reportId, reportingAgency, seizures } = command.data;
  const refusal = firstRefusal(
    () => requireReportingAgency(reportingAgency, command.meta, report),
    () => requireCount('seizures', seizures.length, reportId),
    // One incident may seize several kinds: the references are checked, each kind once per incident below.
    () => requireIncidents([...new Set(seizures.map((s) => s.incident))], report, 'seizure'),
    () => seizures.reduce<Refusal>((found, seizure) => found ?? seizureProblem(seizure, reportId), undefined),
    () => requireConsistent(command, report),
  );
  if (refusal) return refusal;
  return accept({
    type: 'SeizuresReported',
    data: {
      reportId,
      taskForce: report.taskForce,
      reportingAgency,
      seizures: seizures.map(({ incident, kind, drug, quantity }) => ({
        incident,
        kind,
        ...(drug === undefined ? {} : { drug }),
        quantity,
        unit: SEIZURE_UNITS[kind],
      })),
      reportedAt: command.meta.now,
    },
  });
}
