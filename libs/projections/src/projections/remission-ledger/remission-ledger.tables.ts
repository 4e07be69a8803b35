import { ForfeitureRow } from '../../rows/forfeiture-row';
import { LedgerRow } from '../../rows/ledger-totals';
import { documentTable } from '../../tables/document-table';

export const forfeitures = documentTable<ForfeitureRow>({
  name: 'forfeitures',
  keyOf: (row) => row.forfeitureId,
  columns: [
    { name: 'state', type: 'text', value: (row) => row.taskForce },
    { name: 'seizing_agency', type: 'text', value: (row) => row.seizingAgency },
    { name: 'status', type: 'text', value: (row) => row.status },
  ],
  indexes: ['(state)', '(seizing_agency)'],
});

export const ledgers = documentTable<LedgerRow>({
  name: 'ledgers',
  keyOf: (row) => row.scope,
  columns: [],
});
