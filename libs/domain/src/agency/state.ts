import { StateCode } from '../reference';
import { RegistrableAgencyKind } from './commands';

export interface UnregisteredAgency {
  readonly status: 'unregistered';
}

export interface RegisteredAgency {
  readonly status: 'registered';
  readonly code: string;
  readonly name: string;
  readonly kind: RegistrableAgencyKind;
  readonly state: StateCode;
}

export type AgencyState = UnregisteredAgency | RegisteredAgency;

export const initialAgencyState: AgencyState = { status: 'unregistered' };

export const isRegisteredAgency = (state: AgencyState): state is RegisteredAgency =>
  state.status === 'registered';
