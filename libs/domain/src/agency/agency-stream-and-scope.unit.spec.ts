import { fold } from '../shared';
import { agencyDecider, agencyScope } from './agency.decider';
import { registered } from './agency.fixtures';
import { AGENCY_EVENT_TYPES, AgencyRenamed } from './events';
import { evolve } from './evolve';
import { isRegisteredAgency } from './state';
import { agencyCodeOf, agencyStreamId } from './stream';

const renamed: AgencyRenamed = {
  type: 'AgencyRenamed',
  data: {
    code: 'TX-DPS',
    previousName: 'Texas Department of Public Safety',
    name: 'Texas DPS',
    renamedAt: 'x',
  },
};

describe('an agency concerns its state and itself', () => {
  it('is nobody’s before it is registered', () => {
    expect(agencyDecider.scope(agencyDecider.initialState)).toStrictEqual({ states: [], agencies: [] });
  });

  it('reaches its state and its own liaisons once registered', () => {
    expect(agencyScope(fold(agencyDecider, [registered, renamed]))).toEqual({
      states: ['TX'],
      agencies: ['TX-DPS'],
    });
  });

  it('tells a registered agency from an unknown code', () => {
    expect(isRegisteredAgency(agencyDecider.initialState)).toBe(false);
    expect(isRegisteredAgency(fold(agencyDecider, [registered]))).toBe(true);
  });

  it('folds a rename of an unregistered agency to nothing, as only a damaged stream holds one', () => {
    expect(evolve(agencyDecider.initialState, renamed)).toEqual({ status: 'unregistered' });
  });
});

describe('the agency stream', () => {
  it('is named agency-<CODE>', () => {
    expect(agencyStreamId('TX-DPS')).toBe('agency-TX-DPS');
    expect(agencyCodeOf('agency-TX-DPS')).toBe('TX-DPS');
    expect(agencyCodeOf('taskforce-TX')).toBeUndefined();
  });

  it('lists every event type of the aggregate', () => {
    expect(AGENCY_EVENT_TYPES).toEqual(['AgencyRegistered', 'AgencyRenamed']);
  });
});

describe('the agency decider', () => {
  it('refuses a command it does not know, as only a caller bypassing the types can send one', () => {
    const unknown = { type: 'MergeAgency', data: {}, meta: { now: 'x' } } as never;
    expect(() => agencyDecider.decide(unknown, agencyDecider.initialState)).toThrow('Unhandled case');
    expect(() => agencyDecider.evolve(agencyDecider.initialState, unknown)).toThrow('Unhandled case');
  });
});
