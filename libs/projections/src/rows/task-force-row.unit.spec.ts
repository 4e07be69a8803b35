import { CoLeadDesignated, ObjectivesSet } from '@hstf/domain';
import { AT, enrolled, established, foldRows, withdrawn } from '../testing/domain-events.fixtures';
import { evolveTaskForceRow, memberAgenciesOf } from './task-force-row';

const designated: CoLeadDesignated = {
  type: 'CoLeadDesignated',
  data: {
    state: 'TX',
    department: 'DOJ',
    agency: 'DEA',
    previousCoLead: 'FBI',
    enrolledAsMember: true,
    designatedAt: AT,
  },
};
const objectives: ObjectivesSet = {
  type: 'ObjectivesSet',
  data: { state: 'TX', objectives: ['cartels', 'smuggling'], setAt: AT },
};

describe('the task force row', () => {
  it('starts with the co-leads as its members', () => {
    const row = foldRows(evolveTaskForceRow, [established]);
    expect(row).toMatchObject({
      state: 'TX',
      authority: 'EO 14159',
      coLeads: { DOJ: 'FBI', DHS: 'ICE-HSI' },
    });
    expect(row && memberAgenciesOf(row)).toEqual(['FBI', 'ICE-HSI']);
  });

  it('follows enrolments and withdrawals, and keeps no trace of the withdrawn marker', () => {
    const row = foldRows(evolveTaskForceRow, [
      established,
      enrolled('CBP'),
      enrolled('USMS'),
      withdrawn('USMS'),
    ]);
    expect(row && memberAgenciesOf(row)).toEqual(['FBI', 'ICE-HSI', 'CBP']);
    expect(row).not.toHaveProperty('withdrawnAgency');
    expect(row).not.toHaveProperty('status');
  });

  it('takes a new co-lead in as a member and keeps the previous one', () => {
    const row = foldRows(evolveTaskForceRow, [established, designated, objectives]);
    expect(row?.coLeads).toEqual({ DOJ: 'DEA', DHS: 'ICE-HSI' });
    expect(row && memberAgenciesOf(row)).toEqual(['FBI', 'ICE-HSI', 'DEA']);
    expect(row?.objectives).toEqual(['cartels', 'smuggling']);
  });

  it('has no row for events of a task force that was never established', () => {
    expect(foldRows(evolveTaskForceRow, [enrolled('CBP')])).toBeUndefined();
  });
});
