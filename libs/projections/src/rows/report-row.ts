import { evolveReport, initialReportState, OpenedReport, ReportEvent } from '@hstf/domain';

/** A report as the decider folds it: the tallies re-count an incident from the report's own state. */
export type ReportRow = OpenedReport;

export function evolveReportRow(row: ReportRow | undefined, event: ReportEvent): ReportRow | undefined {
  const next = evolveReport(row ?? initialReportState, event);
  return next.status === 'none' ? undefined : next;
}
