import { StateCode } from '../reference';
import { Event } from '../shared';
import { RegistrableAgencyKind } from './commands';

export type AgencyRegistered = Event<
  'AgencyRegistered',
  {
    readonly code: string;
    readonly name: string;
    readonly kind: RegistrableAgencyKind;
    readonly state: StateCode;
    readonly registeredAt: string;
  }
>;

export type AgencyRenamed = Event<
  'AgencyRenamed',
  { readonly code: string; readonly previousName: string; readonly name: string; readonly renamedAt: string }
>;

export type AgencyEvent = AgencyRegistered | AgencyRenamed;

export type AgencyEventType = AgencyEvent['type'];

// A mapped type rather than a plain array so that the compiler refuses a list missing an event type.
const EVERY_TYPE: { readonly [K in AgencyEventType]: K } = {
  AgencyRegistered: 'AgencyRegistered',
  AgencyRenamed: 'AgencyRenamed',
};

export const AGENCY_EVENT_TYPES: readonly AgencyEventType[] = Object.values(EVERY_TYPE);
