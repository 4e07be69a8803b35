import { deciderSpec } from '../shared/decider-spec';
import { TaskForceCommand } from './commands';
import { evolve } from './evolve';
import { enrolled, established } from './task-force-history.fixtures';
import { designate, enroll, setObjectives, withdraw } from './task-force.fixtures';
import { taskForceDecider } from './task-force.decider';

const spec = deciderSpec(taskForceDecider);

const EVERY_LATER_COMMAND: [string, TaskForceCommand][] = [
  ['EnrollMemberAgency', enroll('TX-DPS')],
  ['WithdrawMemberAgency', withdraw('TX-DPS')],
  ['DesignateCoLead', designate('DOJ', 'DEA')],
  ['SetObjectives', setObjectives(['cartels'])],
];

describe('a task force accepts nothing before it is established', () => {
  it.each(EVERY_LATER_COMMAND)('refuses %s', (type, command) => {
    const error = spec.given([]).when(command).thenRefuses('TASK_FORCE_NOT_ESTABLISHED');
    expect(error.message).toContain(type);
    expect(error.message).toContain('TX');
  });

  it('folds an event of a stream without establishment to nothing, as only a damaged stream holds one', () => {
    expect(evolve(taskForceDecider.initialState, enrolled('CBP'))).toEqual({ status: 'not_established' });
  });
});

describe('a command is decided on the task force of its own state', () => {
  it.each([
    ['EnrollMemberAgency', enroll('CBP', ['logistics'], 'OK')],
    ['WithdrawMemberAgency', withdraw('CBP', 'Done.', 'OK')],
    ['DesignateCoLead', designate('DOJ', 'DEA', 'OK')],
    ['SetObjectives', setObjectives(['cartels'], 'OK')],
  ] as [string, TaskForceCommand][])('refuses %s for OK on the TX stream', (_, command) => {
    spec.given([established]).when(command).thenRefuses('TASK_FORCE_STATE_MISMATCH');
  });
});

describe('the task force decider', () => {
  it('throws on a command or event it does not know, as only a caller bypassing the types sends one', () => {
    const state = taskForceDecider.evolve(taskForceDecider.initialState, established);
    const unknown = { type: 'DisbandTaskForce', data: { state: 'TX' }, meta: { now: 'x' } } as never;
    expect(() => taskForceDecider.decide(unknown, state)).toThrow('Unhandled case');
    expect(() => taskForceDecider.evolve(state, unknown)).toThrow('Unhandled case');
  });
});
