import { fold } from '../shared';
import { TASK_FORCE_EVENT_TYPES, TaskForceEvent } from './events';
import { coLeadAgencies, isMemberAgency, memberAgencies } from './members';
import { taskForceStateOf, taskForceStreamId } from './stream';
import {
  coLeadDesignated,
  enrolled,
  established,
  objectivesSet,
  withdrawn,
} from './task-force-history.fixtures';
import { taskForceDecider, taskForceScope } from './task-force.decider';

const after = (events: TaskForceEvent[]) => fold(taskForceDecider, events);

describe('the members of a task force, for the commands of other aggregates', () => {
  it('are none before establishment', () => {
    const state = taskForceDecider.initialState;
    expect(memberAgencies(state)).toEqual([]);
    expect(coLeadAgencies(state)).toEqual([]);
    expect(isMemberAgency(state, 'FBI')).toBe(false);
  });

  it('are the co-leads and the enrolled agencies not withdrawn', () => {
    const state = after([established, enrolled('TX-DPS'), enrolled('CBP'), withdrawn('TX-DPS')]);
    expect(memberAgencies(state)).toEqual(['FBI', 'ICE-HSI', 'CBP']);
    expect(isMemberAgency(state, 'CBP')).toBe(true);
    expect(isMemberAgency(state, 'TX-DPS')).toBe(false);
    expect(coLeadAgencies(state)).toEqual(['FBI', 'ICE-HSI']);
  });
});

describe('a task force concerns its state, its co-leads and its members', () => {
  it('is nobody’s before it is established', () => {
    expect(taskForceDecider.scope(taskForceDecider.initialState)).toStrictEqual({ states: [], agencies: [] });
  });

  it('reaches the state, the co-leads and every current member', () => {
    expect(taskForceScope(after([established, enrolled('TX-DPS'), objectivesSet(['gangs'])]))).toEqual({
      states: ['TX'],
      agencies: ['FBI', 'ICE-HSI', 'TX-DPS'],
    });
  });

  it('tells a withdrawn agency of its withdrawal, and nothing after', () => {
    const history = [established, enrolled('TX-DPS'), withdrawn('TX-DPS')];
    expect(taskForceScope(after(history)).agencies).toEqual(['FBI', 'ICE-HSI', 'TX-DPS']);
    expect(taskForceScope(after([...history, objectivesSet(['gangs'])])).agencies).toEqual([
      'FBI',
      'ICE-HSI',
    ]);
  });

  it('reaches a new co-lead, and the previous one while it stays a member', () => {
    expect(
      taskForceScope(after([established, coLeadDesignated('DHS', 'CBP', 'ICE-HSI', true)])).agencies,
    ).toEqual(['FBI', 'CBP', 'ICE-HSI']);
  });
});

describe('the task force stream', () => {
  it('is named taskforce-<ST>', () => {
    expect(taskForceStreamId('TX')).toBe('taskforce-TX');
    expect(taskForceStateOf('taskforce-TX')).toBe('TX');
    expect(taskForceStateOf('taskforce-XX')).toBeUndefined();
    expect(taskForceStateOf('agency-TX-DPS')).toBeUndefined();
  });

  it('lists every event type of the aggregate', () => {
    expect(TASK_FORCE_EVENT_TYPES).toEqual([
      'TaskForceEstablished',
      'MemberAgencyEnrolled',
      'MemberAgencyWithdrawn',
      'CoLeadDesignated',
      'ObjectivesSet',
    ]);
  });
});
