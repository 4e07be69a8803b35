import { Decider, Scope } from '../shared';
import { ReportCommand } from './commands';
import { decide } from './decide';
import { ReportEvent } from './events';
import { evolve } from './evolve';
import { initialReportState, ReportState } from './state';

/** The task force's state and the agencies taking part: who reads the report and its tallies. */
export const reportScope = (state: ReportState): Scope =>
  state.status === 'none'
    ? { states: [], agencies: [] }
    : { states: [state.taskForce], agencies: [...state.participants] };

export const reportDecider: Decider<ReportCommand, ReportEvent, ReportState> = {
  decide,
  evolve,
  initialState: initialReportState,
  scope: reportScope,
};
