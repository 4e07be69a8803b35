import {
  agencyDecider,
  agencyStreamId,
  commitmentDecider,
  commitmentStreamId,
  Command,
  Decider,
  directiveDecider,
  directiveStreamId,
  Event,
  taskForceDecider,
  taskForceStreamId,
  taskingDecider,
  taskingStreamId,
} from '@hstf/domain';

/**
 * The explicit registry of aggregates the API writes to: which decider folds and decides each stream,
 * and how its stream id is built. The command path knows nothing else about the domain.
 */
export interface AggregateDefinition<C extends Command = Command, E extends Event = Event, S = unknown> {
  readonly name: string;
  readonly decider: Decider<C, E, S>;
  readonly streamId: (id: string) => string;
}

const define = <C extends Command, E extends Event, S>(
  name: string,
  decider: Decider<C, E, S>,
  streamId: (id: string) => string,
): AggregateDefinition<C, E, S> => ({ name, decider, streamId });

export const AGGREGATES = {
  agency: define('agency', agencyDecider, agencyStreamId),
  taskForce: define('task force', taskForceDecider, taskForceStreamId),
  directive: define('directive', directiveDecider, directiveStreamId),
  tasking: define('tasking', taskingDecider, taskingStreamId),
  commitment: define('commitment', commitmentDecider, commitmentStreamId),
} as const;
