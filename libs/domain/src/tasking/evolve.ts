import { assertNever } from '../shared';
import { TaskingEvent } from './events';
import { TaskingState } from './state';

export function evolve(state: TaskingState, event: TaskingEvent): TaskingState {
  if (event.type === 'TaskingAssigned') {
    const { taskingId, taskForce, leadAgency, supportingAgencies, dueAt } = event.data;
    return {
      status: 'assigned',
      taskingId,
      taskForce,
      leadAgency,
      supportingAgencies,
      dueAt,
      blocked: null,
      releasedAgencies: [],
    };
  }
  // decide never emits into an unassigned stream; a replay of a damaged one folds to nothing rather than throw.
  if (state.status === 'unassigned') return state;
  const current = { ...state, releasedAgencies: [] };
  switch (event.type) {
    case 'TaskingAccepted':
      return { ...current, status: 'accepted' };
    case 'TaskingDeclined':
      return { ...current, status: 'declined' };
    case 'TaskingProgressReported':
      return { ...current, status: 'in_progress' };
    case 'TaskingBlocked':
      return { ...current, blocked: { reason: event.data.reason, since: event.data.blockedAt } };
    case 'TaskingUnblocked':
      return { ...current, blocked: null };
    case 'TaskingReassigned': {
      const { leadAgency, supportingAgencies } = event.data;
      const staying = new Set([leadAgency, ...supportingAgencies]);
      const before = [state.leadAgency, ...state.supportingAgencies];
      return {
        ...current,
        status: 'assigned',
        leadAgency,
        supportingAgencies,
        releasedAgencies: before.filter((agency) => !staying.has(agency)),
      };
    }
    case 'TaskingCompleted':
      return { ...current, status: 'completed' };
    case 'TaskingCancelled':
      return { ...current, status: 'cancelled' };
    default:
      return assertNever(event);
  }
}
