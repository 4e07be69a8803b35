import { CampaignRow, OutreachFiguresRow, SeminarRow } from '../../rows/outreach-rows';
import { documentTable } from '../../tables/document-table';

// Campaigns are listed by state and read by their agencies (CCHT and the partners), in id order for pages.
export const campaigns = documentTable<CampaignRow>({
  name: 'campaigns',
  keyOf: (row) => row.outreachId,
  columns: [
    { name: 'state', type: 'text', value: (row) => row.taskForce },
    { name: 'agencies', type: 'text[]', value: (row) => row.scope.agencies },
    { name: 'launched_at', type: 'timestamptz', value: (row) => row.launchedAt },
  ],
  indexes: ['(state, id)', 'USING gin (agencies)'],
});

export const seminars = documentTable<SeminarRow>({
  name: 'seminars',
  keyOf: (row) => row.outreachId,
  columns: [
    { name: 'state', type: 'text', value: (row) => row.taskForce },
    { name: 'audience', type: 'text', value: (row) => row.audience },
    { name: 'held_at', type: 'timestamptz', value: (row) => row.heldAt },
  ],
  indexes: ['(state, held_at)'],
});

export const figures = documentTable<OutreachFiguresRow>({
  name: 'figures',
  keyOf: (row) => row.scope,
  columns: [],
});
