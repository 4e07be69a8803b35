import { isStateCode, StateCode } from './states';

export type Department = 'DOJ' | 'DHS' | 'DOL' | 'STATE' | 'LOCAL' | 'OTHER';

/** federal component, independent federal entity (Amtrak), or agency of a state or local government. */
export type AgencyKind = 'federal' | 'federal-entity' | 'state' | 'local' | 'ngo';

export interface Agency {
  readonly code: string;
  readonly name: string;
  readonly department: Department;
  readonly kind: AgencyKind;
  /** The component this agency belongs to (FAMS is a TSA component). */
  readonly parent?: string;
  /** State and local agencies belong to one state. */
  readonly state?: StateCode;
}

/** The federal catalog shipped with the product; state and local agencies are registered at run time. */
export const FEDERAL_AGENCIES: readonly Agency[] = [
  { code: 'FBI', name: 'Federal Bureau of Investigation', department: 'DOJ', kind: 'federal' },
  { code: 'DEA', name: 'Drug Enforcement Administration', department: 'DOJ', kind: 'federal' },
  {
    code: 'ATF',
    name: 'Bureau of Alcohol, Tobacco, Firearms and Explosives',
    department: 'DOJ',
    kind: 'federal',
  },
  { code: 'USMS', name: 'United States Marshals Service', department: 'DOJ', kind: 'federal' },
  { code: 'USAO', name: "United States Attorneys' Offices", department: 'DOJ', kind: 'federal' },
  // Rules on remission petitions for forfeited assets (28 C.F.R. Part 9), such as Backpage's.
  {
    code: 'DOJ-MLARS',
    name: 'DOJ Money Laundering and Asset Recovery Section',
    department: 'DOJ',
    kind: 'federal',
  },
  { code: 'ICE-HSI', name: 'ICE Homeland Security Investigations', department: 'DHS', kind: 'federal' },
  { code: 'ICE-ERO', name: 'ICE Enforcement and Removal Operations', department: 'DHS', kind: 'federal' },
  { code: 'CBP', name: 'U.S. Customs and Border Protection', department: 'DHS', kind: 'federal' },
  { code: 'TSA', name: 'Transportation Security Administration', department: 'DHS', kind: 'federal' },
  { code: 'FAMS', name: 'Federal Air Marshal Service', department: 'DHS', kind: 'federal', parent: 'TSA' },
  { code: 'USCG', name: 'United States Coast Guard', department: 'DHS', kind: 'federal' },
  { code: 'USSS', name: 'United States Secret Service', department: 'DHS', kind: 'federal' },
  { code: 'CCHT', name: 'DHS Center for Countering Human Trafficking', department: 'DHS', kind: 'federal' },
  {
    code: 'DOL-OIG',
    name: 'Department of Labor Office of Inspector General',
    department: 'DOL',
    kind: 'federal',
  },
  { code: 'AMTRAK-PD', name: 'Amtrak Police Department', department: 'OTHER', kind: 'federal-entity' },
];

/**
 * State and local agencies are registered at run time with a code prefixed by their state's USPS code,
 * e.g. `TX-DPS` (Texas Department of Public Safety) or `IL-CPD` (Chicago Police Department).
 */
export const STATE_OR_LOCAL_AGENCY_CODE = /^([A-Z]{2})-[A-Z0-9]{2,12}(?:-[A-Z0-9]{1,12})?$/;

export const AGENCY_CODE = /^[A-Z][A-Z0-9]{1,11}(?:-[A-Z0-9]{1,12}){0,2}$/;

/** The state a state/local agency code belongs to, or undefined when the code does not have that shape. */
export function stateOfAgencyCode(code: string): StateCode | undefined {
  const match = STATE_OR_LOCAL_AGENCY_CODE.exec(code);
  return match && isStateCode(match[1]) ? match[1] : undefined;
}

export const findFederalAgency = (code: string): Agency | undefined =>
  FEDERAL_AGENCIES.find((a) => a.code === code);
