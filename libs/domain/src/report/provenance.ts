/**
 * The fixed vocabularies of an operational report. Press releases cite arrests of "cartel members" or
 * "gang members": that is an allegation, resting on investigative evidence of a kind named here, until a
 * court finds it proved. The report keeps what is alleged, on what basis, and what a court found, apart.
 */
export const AFFILIATION_KINDS = ['cartel', 'gang', 'smuggling', 'trafficking'] as const;
export type AffiliationKind = (typeof AFFILIATION_KINDS)[number];

export const EVIDENCE_BASES = [
  'intelligence',
  'witness-statements',
  'court-validated-records',
  'communications',
  'financial',
  'forensic',
] as const;
export type EvidenceBasis = (typeof EVIDENCE_BASES)[number];

/** What was seized, each in its own unit: kilograms of a drug, firearms, US dollars, vehicles. */
export const SEIZURE_KINDS = ['drugs', 'firearms', 'currency', 'vehicles'] as const;
export type SeizureKind = (typeof SEIZURE_KINDS)[number];

export const DRUG_KINDS = ['fentanyl', 'methamphetamine', 'cocaine', 'heroin', 'marijuana', 'other'] as const;
export type DrugKind = (typeof DRUG_KINDS)[number];

export const SEIZURE_UNITS: { readonly [K in SeizureKind]: string } = {
  drugs: 'kg',
  firearms: 'firearms',
  currency: 'USD',
  vehicles: 'vehicles',
};

/** What a docket shows became of the arrest: every outcome is a court record, whichever way it went. */
export const COURT_OUTCOMES = ['indicted', 'pleaded-guilty', 'convicted', 'acquitted', 'dismissed'] as const;
export type CourtOutcome = (typeof COURT_OUTCOMES)[number];

/** A court's finding on an alleged affiliation: only 'proved' may be quoted as membership. */
export const AFFILIATION_FINDINGS = ['proved', 'not-proved'] as const;
export type AffiliationFinding = (typeof AFFILIATION_FINDINGS)[number];

export interface Affiliation {
  readonly kind: AffiliationKind;
  /** The organisation's name where known, e.g. 'Tren de Aragua'. */
  readonly name?: string;
}

const within =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);

export const isAffiliationKind = within(AFFILIATION_KINDS);
export const isEvidenceBasis = within(EVIDENCE_BASES);
export const isSeizureKind = within(SEIZURE_KINDS);
export const isDrugKind = within(DRUG_KINDS);
export const isCourtOutcome = within(COURT_OUTCOMES);
export const isAffiliationFinding = within(AFFILIATION_FINDINGS);
