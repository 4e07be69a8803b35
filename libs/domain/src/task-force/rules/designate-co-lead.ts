import { accept, Decision, reject } from '../../shared';
import { CO_LEAD_DEPARTMENTS, DesignateCoLead } from '../commands';
import { TaskForceEvent } from '../events';
import { isMemberAgency } from '../members';
import { EstablishedTaskForce } from '../state';
import { requireCoLeadOf } from './agencies';

export function designateCoLead(
  command: DesignateCoLead,
  state: EstablishedTaskForce,
): Decision<TaskForceEvent> {
  const { department, agency } = command.data;
  if (!CO_LEAD_DEPARTMENTS.includes(department)) {
    return reject(
      'TASK_FORCE_INVALID_CO_LEAD_DEPARTMENT',
      `${department} does not co-lead task forces; the ${state.state} task force is co-led by DOJ and DHS.`,
    );
  }
  const refusal = requireCoLeadOf(department, agency, state.state);
  if (refusal) return refusal;
  const previousCoLead = state.coLeads[department];
  if (previousCoLead === agency) {
    return reject(
      'TASK_FORCE_ALREADY_CO_LEAD',
      `${agency} already co-leads the ${state.state} task force for ${department}.`,
    );
  }
  return accept({
    type: 'CoLeadDesignated',
    data: {
      state: state.state,
      department,
      agency,
      previousCoLead,
      // Leading a task force one does not belong to makes no sense: the new co-lead joins it.
      enrolledAsMember: !isMemberAgency(state, agency),
      designatedAt: command.meta.now,
    },
  });
}
