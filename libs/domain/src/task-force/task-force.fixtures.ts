import { CommandMeta } from '../shared';
import {
  DesignateCoLead,
  EnrollMemberAgency,
  EstablishTaskForce,
  SetObjectives,
  WithdrawMemberAgency,
} from './commands';

// The Texas task force, co-led by the FBI for DOJ and ICE-HSI for DHS.
export const NOW = '2026-03-02T09:00:00.000Z';
export const DOJ_CO_LEAD = 'FBI';
export const DHS_CO_LEAD = 'ICE-HSI';

const meta: CommandMeta = { now: NOW };

export const establish = (overrides: Partial<EstablishTaskForce['data']> = {}): EstablishTaskForce => ({
  type: 'EstablishTaskForce',
  data: { state: 'TX', dojCoLead: DOJ_CO_LEAD, dhsCoLead: DHS_CO_LEAD, ...overrides },
  meta,
});

export const enroll = (
  agency: string,
  capabilities: EnrollMemberAgency['data']['capabilities'] = ['law-enforcement', 'intelligence'],
  state = 'TX',
): EnrollMemberAgency => ({ type: 'EnrollMemberAgency', data: { state, agency, capabilities }, meta });

export const withdraw = (
  agency: string,
  reason = 'Agents reassigned to the border surge.',
  state = 'TX',
): WithdrawMemberAgency => ({ type: 'WithdrawMemberAgency', data: { state, agency, reason }, meta });

export const designate = (
  department: DesignateCoLead['data']['department'],
  agency: string,
  state = 'TX',
): DesignateCoLead => ({ type: 'DesignateCoLead', data: { state, department, agency }, meta });

export const setObjectives = (
  objectives: SetObjectives['data']['objectives'],
  state = 'TX',
): SetObjectives => ({ type: 'SetObjectives', data: { state, objectives }, meta });
