import { IncidentRow, ScopedIncident } from '../../rows/incident-row';
import { ReportRow } from '../../rows/report-row';
import { CountsRow } from '../../rows/tally-counts';
import { documentTable } from '../../tables/document-table';
import { rowTable } from '../../tables/row-table';

export const reports = documentTable<ReportRow>({
  name: 'reports',
  keyOf: (row) => row.reportId,
  columns: [
    { name: 'state', type: 'text', value: (row) => row.taskForce },
    { name: 'agencies', type: 'text[]', value: (row) => row.participants },
    { name: 'period_from', type: 'timestamptz', value: (row) => row.period.from },
    { name: 'period_to', type: 'timestamptz', value: (row) => row.period.to },
  ],
  indexes: ['(state, period_from)', '(period_from)', 'USING gin (agencies)'],
});

export const incidents = documentTable<IncidentRow>({
  name: 'incidents',
  keyOf: (row) => row.incident,
  columns: [
    { name: 'state', type: 'text', value: (row) => row.state },
    { name: 'agencies', type: 'text[]', value: (row) => row.merged?.reportedBy ?? [] },
    { name: 'tier', type: 'text', value: (row) => row.merged?.tier },
    { name: 'has_arrest', type: 'boolean', value: (row) => row.merged?.arrest !== undefined },
  ],
  indexes: ['(state)', 'USING gin (agencies)'],
});

export const counts = documentTable<CountsRow>({
  name: 'counts',
  keyOf: (row) => row.scope,
  columns: [],
});

/**
 * One row per tally an incident counts in, at its tier: a tally's sources are a walk of its primary key
 * in incident order, tier by tier, however many incidents the tally or the nation holds (an agency's
 * incidents are not an ordered range of any index of `incidents`).
 */
export const scopedIncidentsTable = rowTable<ScopedIncident>({
  name: 'scoped_incidents',
  columns: [
    { name: 'scope', type: 'text', value: (r) => r.scope },
    { name: 'tier', type: 'text', value: (r) => r.tier },
    { name: 'incident', type: 'text', value: (r) => r.incident },
  ],
  primaryKey: ['scope', 'tier', 'incident'],
  groupColumn: 'incident',
  indexes: ['(incident)'],
});
