import { assertNever, Decision, reject } from '../shared';
import { CommitmentCommand } from './commands';
import { CommitmentEvent } from './events';
import { CommitmentState } from './state';
import { requirePledgingAgency } from './rules/actors';
import { adjustCommitment } from './rules/adjust-commitment';
import { pledgeSupport } from './rules/pledge-support';
import { recordDelivery } from './rules/record-delivery';
import { withdrawCommitment } from './rules/withdraw-commitment';

const ACTS = {
  RecordDelivery: 'record a delivery on',
  AdjustCommitment: 'adjust',
  WithdrawCommitment: 'withdraw',
};

export function decide(command: CommitmentCommand, state: CommitmentState): Decision<CommitmentEvent> {
  if (command.type === 'PledgeSupport') return pledgeSupport(command, state);
  const { commitmentId } = command.data;
  if (state.status === 'none') {
    return reject('COMMITMENT_NOT_FOUND', `Commitment ${commitmentId} has not been pledged.`);
  }
  if (state.status === 'withdrawn') {
    return reject(
      'COMMITMENT_WITHDRAWN',
      `Commitment ${commitmentId} was withdrawn by ${state.agency} and accepts no further ${command.type}.`,
    );
  }
  const refusal = requirePledgingAgency(state.agency, command.meta, ACTS[command.type], commitmentId);
  if (refusal) return refusal;
  switch (command.type) {
    case 'RecordDelivery':
      return recordDelivery(command, state);
    case 'AdjustCommitment':
      return adjustCommitment(command, state);
    case 'WithdrawCommitment':
      return withdrawCommitment(command, state);
    default:
      return assertNever(command);
  }
}
