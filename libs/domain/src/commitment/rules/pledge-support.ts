import { AGENCY_CODE, isStateCode } from '../../reference';
import { accept, Decision, reject } from '../../shared';
import { PledgeSupport } from '../commands';
import { CommitmentEvent } from '../events';
import { CommitmentState } from '../state';
import { APPROPRIATION_STATUSES, isAppropriationStatus, isSupportKind, SUPPORT_KINDS } from '../support';
import { requireMember, requirePledgingAgency } from './actors';
import { optionalText, requirePeriod, requirePositiveQuantity, requireText } from './checks';

export function pledgeSupport(command: PledgeSupport, state: CommitmentState): Decision<CommitmentEvent> {
  const { commitmentId, agency, taskForce, kind, quantity, unit, period, appropriation, note } = command.data;
  if (state.status !== 'none') {
    return reject(
      'COMMITMENT_ALREADY_PLEDGED',
      `Commitment ${commitmentId} was already pledged by ${state.agency}.`,
    );
  }
  if (!AGENCY_CODE.test(agency)) {
    return reject(
      'COMMITMENT_INVALID_AGENCY_CODE',
      `Commitment ${commitmentId} names ${agency}, which is not an agency code.`,
    );
  }
  if (!isStateCode(taskForce)) {
    return reject(
      'COMMITMENT_UNKNOWN_TASK_FORCE',
      `Commitment ${commitmentId} names ${taskForce}, which is not a state task force.`,
    );
  }
  if (!isSupportKind(kind)) {
    return reject(
      'COMMITMENT_UNKNOWN_KIND',
      `Commitment ${commitmentId} is of kind ${kind}; the kinds of support are ${SUPPORT_KINDS.join(', ')}.`,
    );
  }
  if (!isAppropriationStatus(appropriation)) {
    return reject(
      'COMMITMENT_UNKNOWN_APPROPRIATION',
      `Commitment ${commitmentId} has appropriation ${appropriation}; it must be one of ${APPROPRIATION_STATUSES.join(', ')}.`,
    );
  }
  const refusal =
    requirePledgingAgency(agency, command.meta, 'pledge', commitmentId) ??
    requirePositiveQuantity(quantity, 'pledged', commitmentId) ??
    requireText('unit', unit, commitmentId, 'line') ??
    requirePeriod(period, commitmentId) ??
    optionalText('note', note, commitmentId) ??
    requireMember(agency, taskForce, command.data.context, commitmentId);
  if (refusal) return refusal;
  return accept({
    type: 'SupportPledged',
    data: {
      commitmentId,
      agency,
      taskForce,
      kind,
      quantity,
      unit,
      period: { from: period.from, to: period.to },
      appropriation,
      ...(note === undefined ? {} : { note }),
      pledgedAt: command.meta.now,
    },
  });
}
