import { accept, Decision, reject } from '../../shared';
import { SetObjectives } from '../commands';
import { TaskForceEvent } from '../events';
import { TASK_FORCE_OBJECTIVES } from '../objectives';
import { EstablishedTaskForce } from '../state';
import { ChoiceCodes, requireChoices } from './refusal';

const OBJECTIVE_CODES = {
  empty: 'TASK_FORCE_NO_OBJECTIVES',
  unknown: 'TASK_FORCE_UNKNOWN_OBJECTIVE',
  repeated: 'TASK_FORCE_DUPLICATE_OBJECTIVE',
} satisfies ChoiceCodes;

/** Objectives are replaced as a whole: the command names the task force's full list. */
export function setObjectives(command: SetObjectives, state: EstablishedTaskForce): Decision<TaskForceEvent> {
  const { objectives } = command.data;
  const refusal = requireChoices(
    objectives,
    TASK_FORCE_OBJECTIVES,
    OBJECTIVE_CODES,
    `objectives of the ${state.state} task force`,
  );
  if (refusal) return refusal;
  // The same set in another order changes nothing and would only clutter the audit trail.
  const unchanged =
    objectives.length === state.objectives.length && objectives.every((o) => state.objectives.includes(o));
  if (unchanged) {
    return reject(
      'TASK_FORCE_OBJECTIVES_UNCHANGED',
      `The ${state.state} task force already targets ${state.objectives.join(', ')}.`,
    );
  }
  return accept({
    type: 'ObjectivesSet',
    data: { state: state.state, objectives: [...objectives], setAt: command.meta.now },
  });
}
