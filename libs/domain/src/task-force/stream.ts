import { isStateCode, StateCode } from '../reference';

export const TASK_FORCE_STREAM_PREFIX = 'taskforce-';

/** One task force per state, so the stream is named by the state: `taskforce-TX`. */
export const taskForceStreamId = (state: string): string => `${TASK_FORCE_STREAM_PREFIX}${state}`;

/** The state of a `taskforce-<ST>` stream, or undefined for a stream of another aggregate. */
export function taskForceStateOf(streamId: string): StateCode | undefined {
  if (!streamId.startsWith(TASK_FORCE_STREAM_PREFIX)) return undefined;
  const state = streamId.slice(TASK_FORCE_STREAM_PREFIX.length);
  return isStateCode(state) ? state : undefined;
}
