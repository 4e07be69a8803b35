import { CommitmentRow } from '../../rows/commitment-row';
import { DirectiveRow, pendingCodes } from '../../rows/directive-row';
import { memberAgenciesOf, TaskForceRow } from '../../rows/task-force-row';
import { taskingAgencies, TaskingRow } from '../../rows/tasking-row';
import { documentTable } from '../../tables/document-table';

export const taskForces = documentTable<TaskForceRow>({
  name: 'task_forces',
  keyOf: (row) => row.state,
  columns: [{ name: 'member_agencies', type: 'text[]', value: memberAgenciesOf }],
  indexes: ['USING gin (member_agencies)'],
});

export const taskings = documentTable<TaskingRow>({
  name: 'taskings',
  keyOf: (row) => row.taskingId,
  columns: [
    { name: 'state', type: 'text', value: (row) => row.taskForce },
    { name: 'status', type: 'text', value: (row) => row.status },
    { name: 'blocked', type: 'boolean', value: (row) => row.blocked !== null },
    { name: 'lead_agency', type: 'text', value: (row) => row.leadAgency },
    { name: 'agencies', type: 'text[]', value: taskingAgencies },
    { name: 'directive_id', type: 'text', value: (row) => row.directiveId },
    { name: 'due_at', type: 'timestamptz', value: (row) => row.dueAt },
  ],
  indexes: ['(state, status)', '(status)', 'USING gin (agencies)'],
});

export const directives = documentTable<DirectiveRow>({
  name: 'directives',
  keyOf: (row) => row.directiveId,
  columns: [
    { name: 'status', type: 'text', value: (row) => row.status },
    { name: 'priority', type: 'text', value: (row) => row.priority },
    { name: 'addressed_states', type: 'text[]', value: (row) => row.addressees.states },
    { name: 'addressed_agencies', type: 'text[]', value: (row) => row.addressees.agencies },
    { name: 'pending_states', type: 'text[]', value: (row) => pendingCodes(row, 'state') },
    { name: 'pending_agencies', type: 'text[]', value: (row) => pendingCodes(row, 'agency') },
    { name: 'acknowledge_by', type: 'timestamptz', value: (row) => row.acknowledgeBy },
    { name: 'expires_at', type: 'timestamptz', value: (row) => row.expiresAt },
  ],
  indexes: [
    '(status)',
    'USING gin (addressed_states)',
    'USING gin (addressed_agencies)',
    'USING gin (pending_states)',
    'USING gin (pending_agencies)',
  ],
});

export const commitments = documentTable<CommitmentRow>({
  name: 'commitments',
  keyOf: (row) => row.commitmentId,
  columns: [
    { name: 'state', type: 'text', value: (row) => row.taskForce },
    { name: 'agency', type: 'text', value: (row) => row.agency },
    { name: 'kind', type: 'text', value: (row) => row.kind },
    { name: 'unit', type: 'text', value: (row) => row.unit },
    { name: 'status', type: 'text', value: (row) => row.status },
    { name: 'quantity', type: 'numeric', value: (row) => row.quantity },
    { name: 'delivered', type: 'numeric', value: (row) => row.delivered },
    { name: 'remaining', type: 'numeric', value: (row) => row.remaining },
  ],
  indexes: ['(state)', '(agency)'],
});
