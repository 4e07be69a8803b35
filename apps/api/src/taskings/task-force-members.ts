import { memberAgencies, TaskForceState, TaskingState } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { StreamLoader } from '../commands/stream-loader';

/**
 * "Only member agencies lead or support" spans two aggregates: the handler reads the task force's members
 * just before deciding and hands them to the pure tasking decider as context.
 */
export async function taskForceMembers(loader: StreamLoader, state: string): Promise<readonly string[]> {
  const taskForce = (await loader.load(AGGREGATES.taskForce, state)).state as TaskForceState;
  return memberAgencies(taskForce);
}

/** The task force of an existing tasking; a reassignment names only the tasking. */
export async function taskForceOfTasking(
  loader: StreamLoader,
  taskingId: string,
): Promise<string | undefined> {
  const tasking = (await loader.load(AGGREGATES.tasking, taskingId)).state as TaskingState;
  return tasking.status === 'unassigned' ? undefined : tasking.taskForce;
}
