import { Command } from '../shared';

/** Only state and local agencies are registered at run time; federal ones ship in the reference catalog. */
/** A partner NGO (a shelter, a victim-services provider) is registered like a local agency, for referrals. */
export type RegistrableAgencyKind = 'state' | 'local' | 'ngo';

export const REGISTRABLE_AGENCY_KINDS: readonly RegistrableAgencyKind[] = ['state', 'local', 'ngo'];

export type RegisterAgency = Command<
  'RegisterAgency',
  {
    readonly code: string;
    readonly name: string;
    readonly kind: RegistrableAgencyKind;
    /** USPS code of the state the agency serves; the code's prefix must name it. */
    readonly state: string;
  }
>;

export type RenameAgency = Command<'RenameAgency', { readonly code: string; readonly name: string }>;

export type AgencyCommand = RegisterAgency | RenameAgency;
