import { accept, Decision, reject } from '../../shared';
import { MEMBER_CAPABILITIES } from '../capabilities';
import { EnrollMemberAgency, WithdrawMemberAgency } from '../commands';
import { TaskForceEvent } from '../events';
import { isMemberAgency } from '../members';
import { EstablishedTaskForce } from '../state';
import { requireAgencyOfState } from './agencies';
import { ChoiceCodes, requireChoices, requireText } from './refusal';

const CAPABILITY_CODES = {
  empty: 'TASK_FORCE_NO_CAPABILITIES',
  unknown: 'TASK_FORCE_UNKNOWN_CAPABILITY',
  repeated: 'TASK_FORCE_DUPLICATE_CAPABILITY',
} satisfies ChoiceCodes;

export function enrollMemberAgency(
  command: EnrollMemberAgency,
  state: EstablishedTaskForce,
): Decision<TaskForceEvent> {
  const { agency, capabilities } = command.data;
  // A withdrawn agency is no longer a member, so it may enrol again.
  if (isMemberAgency(state, agency)) {
    return reject(
      'TASK_FORCE_AGENCY_ALREADY_ENROLLED',
      `${agency} is already a member of the ${state.state} task force.`,
    );
  }
  const refusal =
    requireAgencyOfState(agency, state.state) ??
    requireChoices(
      capabilities,
      MEMBER_CAPABILITIES,
      CAPABILITY_CODES,
      `capabilities ${agency} brings to the ${state.state} task force`,
    );
  if (refusal) return refusal;
  return accept({
    type: 'MemberAgencyEnrolled',
    data: { state: state.state, agency, capabilities: [...capabilities], enrolledAt: command.meta.now },
  });
}

export function withdrawMemberAgency(
  command: WithdrawMemberAgency,
  state: EstablishedTaskForce,
): Decision<TaskForceEvent> {
  const { agency, reason } = command.data;
  if (!isMemberAgency(state, agency)) {
    return reject(
      'TASK_FORCE_AGENCY_NOT_ENROLLED',
      `${agency} is not a member of the ${state.state} task force, so it cannot be withdrawn.`,
    );
  }
  if (state.coLeads.DOJ === agency || state.coLeads.DHS === agency) {
    const department = state.coLeads.DOJ === agency ? 'DOJ' : 'DHS';
    return reject(
      'TASK_FORCE_CO_LEAD_CANNOT_WITHDRAW',
      `${agency} co-leads the ${state.state} task force for ${department}; designate another ${department} co-lead before withdrawing it.`,
    );
  }
  const refusal = requireText(
    'TASK_FORCE_BLANK_REASON',
    reason,
    `The withdrawal of ${agency} from the ${state.state} task force must give a reason.`,
    `reason for withdrawing ${agency} from the ${state.state} task force`,
  );
  if (refusal) return refusal;
  return accept({
    type: 'MemberAgencyWithdrawn',
    data: { state: state.state, agency, reason, withdrawnAt: command.meta.now },
  });
}
