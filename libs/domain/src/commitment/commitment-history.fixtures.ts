import { CommitmentWithdrawn, SupportDelivered, SupportPledged } from './events';
import { AGENCY, COMMITMENT_ID, PERIOD } from './commitment.fixtures';

// Events of the fixture commitment recorded before the commands under test.
const EARLIER = '2026-03-01T09:00:00.000Z';

export const pledged: SupportPledged = {
  type: 'SupportPledged',
  data: {
    commitmentId: COMMITMENT_ID,
    agency: AGENCY,
    taskForce: 'TX',
    kind: 'personnel',
    quantity: 12,
    unit: 'agents',
    period: PERIOD,
    appropriation: 'pending',
    pledgedAt: EARLIER,
  },
};

export const deliveredEvent = (deliveryId: string, quantity: number): SupportDelivered => ({
  type: 'SupportDelivered',
  data: {
    commitmentId: COMMITMENT_ID,
    agency: AGENCY,
    deliveryId,
    quantity,
    unit: 'agents',
    deliveredAt: EARLIER,
    recordedAt: EARLIER,
  },
});

export const withdrawn: CommitmentWithdrawn = {
  type: 'CommitmentWithdrawn',
  data: { commitmentId: COMMITMENT_ID, agency: AGENCY, reason: 'Recalled.', withdrawnAt: EARLIER },
};
