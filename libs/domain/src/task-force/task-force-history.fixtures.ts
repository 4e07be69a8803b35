import {
  CoLeadDesignated,
  MemberAgencyEnrolled,
  MemberAgencyWithdrawn,
  ObjectivesSet,
  TaskForceEstablished,
} from './events';
import { DHS_CO_LEAD, DOJ_CO_LEAD } from './task-force.fixtures';

// The Texas task force's life so far, recorded before the commands under test.
export const EARLIER = '2026-03-01T08:00:00.000Z';

export const established: TaskForceEstablished = {
  type: 'TaskForceEstablished',
  data: {
    state: 'TX',
    dojCoLead: DOJ_CO_LEAD,
    dhsCoLead: DHS_CO_LEAD,
    authority: 'EO 14159',
    establishedAt: EARLIER,
  },
};

export const enrolled = (
  agency: string,
  capabilities: MemberAgencyEnrolled['data']['capabilities'] = ['law-enforcement'],
): MemberAgencyEnrolled => ({
  type: 'MemberAgencyEnrolled',
  data: { state: 'TX', agency, capabilities, enrolledAt: EARLIER },
});

export const withdrawn = (agency: string): MemberAgencyWithdrawn => ({
  type: 'MemberAgencyWithdrawn',
  data: { state: 'TX', agency, reason: 'Budget cut.', withdrawnAt: EARLIER },
});

export const coLeadDesignated = (
  department: CoLeadDesignated['data']['department'],
  agency: string,
  previousCoLead: string,
  enrolledAsMember: boolean,
): CoLeadDesignated => ({
  type: 'CoLeadDesignated',
  data: { state: 'TX', department, agency, previousCoLead, enrolledAsMember, designatedAt: EARLIER },
});

export const objectivesSet = (objectives: ObjectivesSet['data']['objectives']): ObjectivesSet => ({
  type: 'ObjectivesSet',
  data: { state: 'TX', objectives, setAt: EARLIER },
});
