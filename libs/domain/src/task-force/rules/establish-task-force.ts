import { isStateCode } from '../../reference';
import { accept, Decision, reject } from '../../shared';
import { DEFAULT_TASK_FORCE_AUTHORITY, EstablishTaskForce } from '../commands';
import { TaskForceEvent } from '../events';
import { TaskForceState } from '../state';
import { requireCoLeadOf } from './agencies';
import { requireText } from './refusal';

export function establishTaskForce(
  command: EstablishTaskForce,
  state: TaskForceState,
): Decision<TaskForceEvent> {
  const { dojCoLead, dhsCoLead, authority = DEFAULT_TASK_FORCE_AUTHORITY } = command.data;
  if (state.status === 'established') {
    return reject(
      'TASK_FORCE_ALREADY_ESTABLISHED',
      `The ${state.state} task force was established at ${state.establishedAt}, co-led by ${state.coLeads.DOJ} and ${state.coLeads.DHS}; a state has one task force.`,
    );
  }
  const st = command.data.state;
  if (!isStateCode(st)) {
    return reject(
      'TASK_FORCE_UNKNOWN_STATE',
      `${st} is not the USPS code of a state, DC or a territory, so no task force can be established for it.`,
    );
  }
  const refusal =
    requireCoLeadOf('DOJ', dojCoLead, st) ??
    requireCoLeadOf('DHS', dhsCoLead, st) ??
    requireText(
      'TASK_FORCE_BLANK_AUTHORITY',
      authority,
      `The ${st} task force must cite the authority it is established under, such as ${DEFAULT_TASK_FORCE_AUTHORITY}.`,
      `authority of the ${st} task force`,
      'line',
    );
  if (refusal) return refusal;
  return accept({
    type: 'TaskForceEstablished',
    data: { state: st, dojCoLead, dhsCoLead, authority, establishedAt: command.meta.now },
  });
}
