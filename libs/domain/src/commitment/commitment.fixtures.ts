import { CommandMeta } from '../shared';
import { AdjustCommitment, PledgeSupport, RecordDelivery, WithdrawCommitment } from './commands';

// The FBI's pledge of twelve agents to the Texas task force for the spring, funding still pending.
export const COMMITMENT_ID = '3c9a1e77-52b4-4f0e-9d2a-6b8e4c1f0a23';
export const AGENCY = 'FBI';
export const NOW = '2026-04-15T12:00:00.000Z';
export const PERIOD = { from: '2026-03-01T00:00:00.000Z', to: '2026-06-30T23:59:59.000Z' };

export const by = (actorAgency?: string): CommandMeta =>
  actorAgency ? { now: NOW, actorAgency } : { now: NOW };

export const pledgeCmd = (
  overrides: Partial<PledgeSupport['data']> = {},
  actor: string | undefined = AGENCY,
): PledgeSupport => ({
  type: 'PledgeSupport',
  data: {
    commitmentId: COMMITMENT_ID,
    agency: AGENCY,
    taskForce: 'TX',
    kind: 'personnel',
    quantity: 12,
    unit: 'agents',
    period: PERIOD,
    appropriation: 'pending',
    context: { taskForceMembers: ['DOJ', 'DHS', AGENCY] },
    ...overrides,
  },
  meta: by(actor),
});

export const deliverCmd = (
  overrides: Partial<RecordDelivery['data']> = {},
  actor: string | undefined = AGENCY,
): RecordDelivery => ({
  type: 'RecordDelivery',
  data: {
    commitmentId: COMMITMENT_ID,
    deliveryId: 'FBI-SA-2026-031',
    quantity: 4,
    deliveredAt: '2026-04-14T08:00:00.000Z',
    ...overrides,
  },
  meta: by(actor),
});

export const adjustCmd = (
  changes: Omit<Partial<AdjustCommitment['data']>, 'commitmentId'>,
  actor: string | undefined = AGENCY,
): AdjustCommitment => ({
  type: 'AdjustCommitment',
  data: { commitmentId: COMMITMENT_ID, reason: 'FY26 supplemental enacted.', ...changes },
  meta: by(actor),
});

export const withdrawCmd = (
  reason = 'Agents recalled to a national priority.',
  actor: string | undefined = AGENCY,
): WithdrawCommitment => ({
  type: 'WithdrawCommitment',
  data: { commitmentId: COMMITMENT_ID, reason },
  meta: by(actor),
});
