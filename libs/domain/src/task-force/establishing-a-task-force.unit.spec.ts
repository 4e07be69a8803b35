import { deciderSpec } from '../shared/decider-spec';
import { coLeadAgencies } from './members';
import { established } from './task-force-history.fixtures';
import { DHS_CO_LEAD, DOJ_CO_LEAD, establish, NOW } from './task-force.fixtures';
import { taskForceDecider } from './task-force.decider';

const spec = deciderSpec(taskForceDecider);

describe('an operator establishes the task force of a state', () => {
  it('records the state, the DOJ and DHS co-leads and the authority, EO 14159 when none is cited', () => {
    spec
      .given([])
      .when(establish())
      .then([
        {
          type: 'TaskForceEstablished',
          data: {
            state: 'TX',
            dojCoLead: DOJ_CO_LEAD,
            dhsCoLead: DHS_CO_LEAD,
            authority: 'EO 14159',
            establishedAt: NOW,
          },
        },
      ]);
  });

  it('records another authority when one is cited', () => {
    const state = spec
      .given([])
      .when(establish({ authority: 'EO 14159 sec. 4' }))
      .state();
    expect(state.status === 'established' && state.authority).toBe('EO 14159 sec. 4');
  });

  it('enrols both co-leads as members, with no objectives yet', () => {
    expect(spec.given([]).when(establish()).state()).toEqual({
      status: 'established',
      state: 'TX',
      authority: 'EO 14159',
      establishedAt: NOW,
      coLeads: { DOJ: DOJ_CO_LEAD, DHS: DHS_CO_LEAD },
      members: [
        { agency: DOJ_CO_LEAD, capabilities: [], since: NOW },
        { agency: DHS_CO_LEAD, capabilities: [], since: NOW },
      ],
      objectives: [],
      withdrawnAgency: null,
    });
  });

  it('may be co-led by any DOJ and any DHS component, for a territory as for a state', () => {
    const state = spec
      .given([])
      .when(establish({ state: 'PR', dojCoLead: 'DEA', dhsCoLead: 'FAMS' }))
      .state();
    expect(coLeadAgencies(state)).toEqual(['DEA', 'FAMS']);
  });

  it('refuses a second task force for the same state', () => {
    const error = spec.given([established]).when(establish()).thenRefuses('TASK_FORCE_ALREADY_ESTABLISHED');
    expect(error.message).toContain('TX');
  });

  it('refuses a state that is not a USPS code', () => {
    const error = spec
      .given([])
      .when(establish({ state: 'XX' }))
      .thenRefuses('TASK_FORCE_UNKNOWN_STATE');
    expect(error.message).toContain('XX');
  });

  it.each([
    ['DOJ', { dojCoLead: '' }],
    ['DHS', { dhsCoLead: ' ' }],
    ['DHS', { dhsCoLead: undefined as unknown as string }],
  ])('refuses a task force without a %s co-lead', (department, overrides) => {
    const error = spec.given([]).when(establish(overrides)).thenRefuses('TASK_FORCE_CO_LEAD_REQUIRED');
    expect(error.message).toContain(department);
  });

  it.each([
    ['a DHS agency as DOJ co-lead', { dojCoLead: 'CBP' }, 'CBP'],
    ['a DOJ agency as DHS co-lead', { dhsCoLead: 'DEA' }, 'DEA'],
    ['a DOL agency as DOJ co-lead', { dojCoLead: 'DOL-OIG' }, 'DOL-OIG'],
    ['a state agency as DHS co-lead', { dhsCoLead: 'TX-DPS' }, 'TX-DPS'],
  ])('refuses %s', (_, overrides, agency) => {
    const error = spec
      .given([])
      .when(establish(overrides))
      .thenRefuses('TASK_FORCE_CO_LEAD_NOT_OF_DEPARTMENT');
    expect(error.message).toContain(agency);
  });

  it('refuses a blank authority', () => {
    spec
      .given([])
      .when(establish({ authority: '  ' }))
      .thenRefuses('TASK_FORCE_BLANK_AUTHORITY');
  });
});
