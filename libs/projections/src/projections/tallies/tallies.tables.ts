import { IncidentRow } from '../../rows/incident-row';
import { ReportRow } from '../../rows/report-row';
import { CountsRow } from '../../rows/tally-counts';
import { documentTable } from '../../tables/document-table';

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

// Sources are paged by incident reference within a tally: each index ends in the id for that order.
export const incidents = documentTable<IncidentRow>({
  name: 'incidents',
  keyOf: (row) => row.incident,
  columns: [
    { name: 'state', type: 'text', value: (row) => row.state },
    { name: 'agencies', type: 'text[]', value: (row) => row.merged?.reportedBy ?? [] },
    { name: 'tier', type: 'text', value: (row) => row.merged?.tier },
    { name: 'has_arrest', type: 'boolean', value: (row) => row.merged?.arrest !== undefined },
  ],
  indexes: ['(state, id)', '(tier, id)', '(state, tier, id)', 'USING gin (agencies)'],
});

export const counts = documentTable<CountsRow>({
  name: 'counts',
  keyOf: (row) => row.scope,
  columns: [],
});
