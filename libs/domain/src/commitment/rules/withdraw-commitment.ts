import { accept, Decision } from '../../shared';
import { WithdrawCommitment } from '../commands';
import { CommitmentEvent } from '../events';
import { PledgedCommitment } from '../state';
import { requireText } from './checks';

/**
 * Withdrawal is allowed even after full delivery: personnel delivered to a task force can be recalled.
 * What was delivered stays on the record.
 */
export function withdrawCommitment(
  command: WithdrawCommitment,
  state: PledgedCommitment,
): Decision<CommitmentEvent> {
  const refusal = requireText('reason for withdrawing', command.data.reason, state.commitmentId);
  if (refusal) return refusal;
  return accept({
    type: 'CommitmentWithdrawn',
    data: {
      commitmentId: state.commitmentId,
      agency: state.agency,
      reason: command.data.reason,
      withdrawnAt: command.meta.now,
    },
  });
}
