import { Decider, Scope } from '../shared';
import { CommitmentCommand } from './commands';
import { decide } from './decide';
import { CommitmentEvent } from './events';
import { evolve } from './evolve';
import { CommitmentState, initialCommitmentState } from './state';

/** The task force supported and the agency that pledged; a withdrawal reaches the same audience. */
export const commitmentScope = (state: CommitmentState): Scope =>
  state.status === 'none'
    ? { states: [], agencies: [] }
    : { states: [state.taskForce], agencies: [state.agency] };

export const commitmentDecider: Decider<CommitmentCommand, CommitmentEvent, CommitmentState> = {
  decide,
  evolve,
  initialState: initialCommitmentState,
  scope: commitmentScope,
};
