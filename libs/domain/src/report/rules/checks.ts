import { AGENCY_CODE } from '../../reference';
import {
  CommandMeta,
  Decision,
  EARLIEST_INSTANT,
  isInstant,
  LATEST_INSTANT,
  reject,
  textProblem,
  TextShape,
} from '../../shared';
import { ArrestInput, ReportPeriod } from '../commands';
import { AFFILIATION_KINDS, EVIDENCE_BASES, isAffiliationKind, isEvidenceBasis } from '../provenance';
import { incidentProblem } from '../references';
import { OpenedReport } from '../state';

/** A rule's answer when it refuses; undefined when the rule is satisfied. */
export type Refusal = Decision<never> | undefined;

/** At most this many items in one command, and arrests in one report: one operation, not a year's log. */
export const MAX_ITEMS_PER_COMMAND = 500;
export const MAX_ARRESTS_PER_REPORT = 10_000;
export const MAX_PARTICIPANTS = 50;

export const firstRefusal = (...checks: (() => Refusal)[]): Refusal => {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return undefined;
};

export function requireText(
  field: string,
  value: string | undefined,
  reportId: string,
  shape: TextShape,
): Refusal {
  if (value === undefined || value.trim() === '')
    return reject('REPORT_BLANK_FIELD', `The ${field} of report ${reportId} must not be blank.`);
  const problem = textProblem(value, shape);
  return problem
    ? reject('REPORT_INVALID_TEXT', `The ${field} of report ${reportId} ${problem}.`)
    : undefined;
}

export const requirePeriod = (period: ReportPeriod, reportId: string): Refusal =>
  isInstant(period.from) && isInstant(period.to) && Date.parse(period.to) > Date.parse(period.from)
    ? undefined
    : reject(
        'REPORT_INVALID_PERIOD',
        `The period ${period.from} to ${period.to} of report ${reportId} must be two ISO-8601 instants between ${EARLIEST_INSTANT} and ${LATEST_INSTANT}, the second after the first.`,
      );

export function requireCount(what: string, count: number, reportId: string): Refusal {
  if (count === 0) return reject('REPORT_NOTHING_LISTED', `Report ${reportId}: the ${what} list is empty.`);
  if (count > MAX_ITEMS_PER_COMMAND)
    return reject(
      'REPORT_TOO_MANY_ITEMS',
      `Report ${reportId}: ${count} ${what} in one request; send at most ${MAX_ITEMS_PER_COMMAND} at a time.`,
    );
  return undefined;
}

/** Each incident reference of the list is the report's task force's, and named once. */
export function requireIncidents(incidents: readonly string[], report: OpenedReport, field: string): Refusal {
  const seen = new Set<string>();
  for (const [i, incident] of incidents.entries()) {
    const problem = incidentProblem(incident, report.taskForce);
    if (problem)
      return reject(
        'REPORT_INVALID_INCIDENT',
        `The ${field} ${i + 1} (${incident}) of report ${report.reportId} ${problem}.`,
      );
    if (seen.has(incident))
      return reject(
        'REPORT_DUPLICATE_INCIDENT',
        `Incident ${incident} is named twice in one request on report ${report.reportId}.`,
      );
    seen.add(incident);
  }
  return undefined;
}

/** An allegation: a kind of organisation, its name where known, and at least one basis of evidence. */
export function requireAllegation(
  arrest: Pick<ArrestInput, 'incident' | 'affiliation'> & Partial<ArrestInput>,
  reportId: string,
): Refusal {
  const { incident, affiliation, evidence } = arrest;
  if (!isAffiliationKind(affiliation.kind))
    return reject(
      'REPORT_UNKNOWN_AFFILIATION',
      `The affiliation of incident ${incident} on report ${reportId} is ${affiliation.kind}; it must be one of ${AFFILIATION_KINDS.join(', ')}.`,
    );
  if (affiliation.name !== undefined) {
    const refusal = requireText(
      `organisation named for incident ${incident}`,
      affiliation.name,
      reportId,
      'line',
    );
    if (refusal) return refusal;
  }
  if (evidence === undefined) return undefined;
  if (evidence.length === 0)
    return reject(
      'REPORT_NO_EVIDENCE',
      `Incident ${incident} on report ${reportId} names no basis of evidence for its alleged affiliation.`,
    );
  const unknown = evidence.find((basis) => !isEvidenceBasis(basis));
  if (unknown !== undefined)
    return reject(
      'REPORT_UNKNOWN_EVIDENCE',
      `Incident ${incident} on report ${reportId} rests on ${unknown}; the bases of evidence are ${EVIDENCE_BASES.join(', ')}.`,
    );
  if (new Set(evidence).size !== evidence.length)
    return reject(
      'REPORT_DUPLICATE_EVIDENCE',
      `Incident ${incident} on report ${reportId} names a basis of evidence twice.`,
    );
  return undefined;
}

export const sameAffiliation = (a: ArrestInput['affiliation'], b: ArrestInput['affiliation']): boolean =>
  a.kind === b.kind && (a.name ?? '') === (b.name ?? '');

/**
 * Only the agencies taking part report. A liaison acts for its own agency (the command centre, with no
 * agency, may transcribe another's report); the agency must be one of the operation's participants.
 */
export function requireReportingAgency(agency: string, meta: CommandMeta, report: OpenedReport): Refusal {
  if (meta.actorAgency !== undefined && meta.actorAgency !== agency)
    return reject(
      'REPORT_NOT_REPORTING_AGENCY',
      `Only ${agency}'s liaison or the command centre reports for ${agency}; the actor acts for ${meta.actorAgency}.`,
    );
  if (!AGENCY_CODE.test(agency))
    return reject(
      'REPORT_INVALID_AGENCY_CODE',
      `Report ${report.reportId} names ${agency}, which is not an agency code.`,
    );
  if (!report.participants.includes(agency))
    return reject(
      'REPORT_NOT_PARTICIPATING',
      `${agency} does not take part in ${report.operation} (report ${report.reportId}); its participants are ${report.participants.join(', ')}.`,
    );
  return undefined;
}

/** A liaison records court steps only for an operation its agency takes part in. */
export const requireParticipatingActor = (meta: CommandMeta, report: OpenedReport): Refusal =>
  meta.actorAgency === undefined || report.participants.includes(meta.actorAgency)
    ? undefined
    : reject(
        'REPORT_NOT_PARTICIPATING',
        `${meta.actorAgency} does not take part in ${report.operation} (report ${report.reportId}); only its participants and the command centre record on it.`,
      );
