import { assertNever } from '../shared';
import { TaskForceEvent } from './events';
import { TaskForceState } from './state';

export function evolve(state: TaskForceState, event: TaskForceEvent): TaskForceState {
  if (event.type === 'TaskForceEstablished') {
    const { dojCoLead, dhsCoLead, authority, establishedAt } = event.data;
    return {
      status: 'established',
      state: event.data.state,
      authority,
      establishedAt,
      coLeads: { DOJ: dojCoLead, DHS: dhsCoLead },
      // The co-leads are enrolled as members by the establishment itself, with no enrolment event.
      members: [
        { agency: dojCoLead, capabilities: [], since: establishedAt },
        { agency: dhsCoLead, capabilities: [], since: establishedAt },
      ],
      objectives: [],
      withdrawnAgency: null,
    };
  }
  // decide accepts nothing before establishment; a replay of a damaged stream folds to nothing rather than throw.
  if (state.status === 'not_established') return state;
  const current = { ...state, withdrawnAgency: null };
  switch (event.type) {
    case 'MemberAgencyEnrolled': {
      const { agency, capabilities, enrolledAt } = event.data;
      return { ...current, members: [...state.members, { agency, capabilities, since: enrolledAt }] };
    }
    case 'MemberAgencyWithdrawn': {
      const { agency } = event.data;
      return {
        ...current,
        members: state.members.filter((member) => member.agency !== agency),
        withdrawnAgency: agency,
      };
    }
    case 'CoLeadDesignated': {
      const { department, agency, enrolledAsMember, designatedAt } = event.data;
      const joined = enrolledAsMember ? [{ agency, capabilities: [], since: designatedAt }] : [];
      return {
        ...current,
        coLeads: { ...state.coLeads, [department]: agency },
        members: [...state.members, ...joined],
      };
    }
    case 'ObjectivesSet':
      return { ...current, objectives: event.data.objectives };
    default:
      return assertNever(event);
  }
}
