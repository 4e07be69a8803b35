import { AgencyEvent, TaskForceEvent } from '@hstf/domain';
import { listed, oneLine } from './readable-text';

export function summarizeTaskForce(event: TaskForceEvent): string {
  switch (event.type) {
    case 'TaskForceEstablished': {
      const { state, authority, dojCoLead, dhsCoLead } = event.data;
      return `Task force ${state} established under ${authority}, co-led by ${dojCoLead} (DOJ) and ${dhsCoLead} (DHS)`;
    }
    case 'MemberAgencyEnrolled': {
      const { agency, state, capabilities } = event.data;
      const what = capabilities.length > 0 ? ` (${listed(capabilities)})` : '';
      return `${agency} joined the ${state} task force${what}`;
    }
    case 'MemberAgencyWithdrawn':
      return `${event.data.agency} withdrew from the ${event.data.state} task force: ${oneLine(event.data.reason)}`;
    case 'CoLeadDesignated': {
      const { agency, department, state, previousCoLead } = event.data;
      return `${agency} designated ${department} co-lead of the ${state} task force, succeeding ${previousCoLead}`;
    }
    case 'ObjectivesSet': {
      const { state, objectives } = event.data;
      return objectives.length > 0
        ? `${state} task force objectives set: ${listed(objectives)}`
        : `${state} task force objectives cleared`;
    }
  }
}

export function summarizeAgency(event: AgencyEvent): string {
  switch (event.type) {
    case 'AgencyRegistered':
      return `Agency ${event.data.code} (${event.data.name}) registered in ${event.data.state}`;
    case 'AgencyRenamed':
      return `Agency ${event.data.code} renamed from '${event.data.previousName}' to '${event.data.name}'`;
  }
}
