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
  forfeitureDecider,
  forfeitureStreamId,
  outreachDecider,
  outreachStreamId,
  Reader,
  redactDirective,
  referralDecider,
  referralStreamId,
  reportDecider,
  reportStreamId,
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
  /** The state as a reader the scope rule admits may read it: field-level need-to-know. */
  readonly readAs: (reader: Reader, state: S) => S;
}

// Only a directive carries words of its addressees (acknowledgement notes) in its state.
const asIs = <S>(_reader: Reader, state: S): S => state;

const define = <C extends Command, E extends Event, S>(
  name: string,
  decider: Decider<C, E, S>,
  streamId: (id: string) => string,
  readAs: (reader: Reader, state: S) => S = asIs,
): AggregateDefinition<C, E, S> => ({ name, decider, streamId, readAs });

export const AGGREGATES = {
  agency: define('agency', agencyDecider, agencyStreamId),
  taskForce: define('task force', taskForceDecider, taskForceStreamId),
  directive: define('directive', directiveDecider, directiveStreamId, (reader, state) =>
    state.status === 'not_issued' ? state : redactDirective(reader, state),
  ),
  tasking: define('tasking', taskingDecider, taskingStreamId),
  commitment: define('commitment', commitmentDecider, commitmentStreamId),
  report: define('report', reportDecider, reportStreamId),
  referral: define('referral', referralDecider, referralStreamId),
  forfeiture: define('forfeiture', forfeitureDecider, forfeitureStreamId),
  outreach: define('outreach', outreachDecider, outreachStreamId),
} as const;
