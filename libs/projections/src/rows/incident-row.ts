import {
  IncidentInReport,
  MergedIncident,
  mergeIncident,
  ReportEvent,
  reportScope,
  Scope,
  Tier,
} from '@hstf/domain';
import { ReportRow } from './report-row';

/** One event that touched an incident: a figure's source, to be looked up in the audit by its id. */
export interface IncidentSource {
  readonly eventId: string;
  readonly type: string;
  readonly reportId: string;
  /** A decimal string: positions exceed a JSON number's exact range. */
  readonly globalPosition: string;
  readonly reportingAgency?: string;
}

/**
 * The incident as one report holds it, with that report's scope: a reader of the tally of a state or an
 * agency is shown only the reports it may read, though the incident counts once for all of them.
 */
export interface IncidentRecord extends IncidentInReport {
  readonly scope: Scope;
}

export interface IncidentRow {
  readonly incident: string;
  /** The task force whose reference it is (every report holding it is that task force's). */
  readonly state: string;
  /** One per report holding it, in the order the reports first did. */
  readonly records: readonly IncidentRecord[];
  /**
   * The incident across those reports, as the tallies count it. Absent once no report holds anything of
   * it (its arrest and seizures withdrawn): the row stays for its sources, and counts nowhere.
   */
  readonly merged?: MergedIncident;
  readonly sources: readonly IncidentSource[];
}

/** What one event of a report did to one incident: the report's record of it now, and the event. */
export interface IncidentChange {
  readonly report: ReportRow;
  /** Undefined when the report no longer holds anything of the incident. */
  readonly record: IncidentInReport | undefined;
  readonly source: IncidentSource;
}

function withRecord(
  records: readonly IncidentRecord[],
  reportId: string,
  record: IncidentRecord | undefined,
): IncidentRecord[] {
  const at = records.findIndex((r) => r.reportId === reportId);
  if (record === undefined) return records.filter((r) => r.reportId !== reportId);
  if (at < 0) return [...records, record];
  return records.map((r, i) => (i === at ? record : r));
}

export function evolveIncidentRow(
  row: IncidentRow | undefined,
  incident: string,
  change: IncidentChange,
): IncidentRow {
  const { report, record, source } = change;
  const records = withRecord(
    row?.records ?? [],
    report.reportId,
    record && { ...record, scope: reportScope(report) },
  );
  const merged = records.length > 0 ? mergeIncident(records) : undefined;
  const sources = row?.sources ?? [];
  return {
    incident,
    state: row?.state ?? report.taskForce,
    records,
    ...(merged ? { merged } : {}),
    // A dead letter retried after the fact may bring an event applied once already.
    sources: sources.some((s) => s.eventId === source.eventId) ? sources : [...sources, source],
  };
}

/** The agency an event names as the incident's reporter, where it names one. */
export function reportingAgencyOf(event: ReportEvent, incident: string): string | undefined {
  switch (event.type) {
    case 'ArrestsReported':
    case 'SeizuresReported':
      return event.data.reportingAgency;
    case 'ReportRevised':
      return event.data.changes.addedArrests?.find((a) => a.incident === incident)?.reportedBy;
    default:
      return undefined;
  }
}

export const NATIONAL_TALLY = 'national';
export const stateTally = (state: string): string => `state:${state}`;
export const AGENCY_TALLY_PREFIX = 'agency:';
export const agencyTally = (agency: string): string => `${AGENCY_TALLY_PREFIX}${agency}`;

/** The tallies an incident counts in: the nation's, its state's and each reporting agency's. */
export function talliesOf(row: IncidentRow | undefined): string[] {
  if (row?.merged === undefined) return [];
  return [NATIONAL_TALLY, stateTally(row.state), ...row.merged.reportedBy.map(agencyTally)];
}

/** An incident in one tally, at its tier: what a tally's sources are paged over. */
export interface ScopedIncident {
  readonly scope: string;
  readonly tier: Tier;
  readonly incident: string;
}

export const scopedIncidents = (row: IncidentRow): ScopedIncident[] =>
  row.merged === undefined
    ? []
    : talliesOf(row).map((scope) => ({
        scope,
        tier: (row.merged as MergedIncident).tier,
        incident: row.incident,
      }));
