import { Command } from '../shared';
import { Affiliation, CourtOutcome, DrugKind, EvidenceBasis, SeizureKind } from './provenance';
import { ChargingDocument, DocketReference } from './references';

/** The operation's dates: ISO-8601 instants, `to` after `from`. */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
}

/**
 * The member agencies of the task force, read by the application layer from the TaskForce stream just
 * before deciding (none when it is not established): only members take part in its operations.
 */
export interface OpenReportContext {
  readonly taskForceMembers: readonly string[];
}

export type OpenReport = Command<
  'OpenReport',
  {
    readonly reportId: string;
    readonly taskForce: string;
    /** The operation's name, e.g. 'Operation Lone Star Sweep'. */
    readonly operation: string;
    readonly period: ReportPeriod;
    /** The member agencies taking part: only they report arrests and seizures on it. */
    readonly participants: readonly string[];
    readonly context: OpenReportContext;
  }
>;

/** One arrest as an agency reports it: the task force's incident reference and the allegation. */
export interface ArrestInput {
  readonly incident: string;
  readonly affiliation: Affiliation;
  /** What the alleged affiliation rests on; at least one basis. */
  readonly evidence: readonly EvidenceBasis[];
}

export type ReportArrests = Command<
  'ReportArrests',
  { readonly reportId: string; readonly reportingAgency: string; readonly arrests: readonly ArrestInput[] }
>;

/** One seizure: its kind, a drug's kind, and the quantity in the kind's unit (kg, firearms, USD, vehicles). */
export interface SeizureInput {
  readonly incident: string;
  readonly kind: SeizureKind;
  readonly drug?: DrugKind;
  readonly quantity: number;
}

export type ReportSeizures = Command<
  'ReportSeizures',
  { readonly reportId: string; readonly reportingAgency: string; readonly seizures: readonly SeizureInput[] }
>;

export type ChargeArrests = Command<
  'ChargeArrests',
  { readonly reportId: string; readonly incidents: readonly string[]; readonly charging: ChargingDocument }
>;

export type VerifyArrestsInCourt = Command<
  'VerifyArrestsInCourt',
  {
    readonly reportId: string;
    readonly incidents: readonly string[];
    readonly docket: DocketReference;
    readonly outcome: CourtOutcome;
  }
>;

export type ProveAffiliation = Command<
  'ProveAffiliation',
  {
    readonly reportId: string;
    readonly incidents: readonly string[];
    readonly docket: DocketReference;
    /** The court's finding in a line, e.g. 'Jury special verdict: member of the enterprise (count 1)'. */
    readonly finding: string;
  }
>;

/** An arrest the report did not have, added by a revision with the agency that made it. */
export interface AddedArrest extends ArrestInput {
  readonly reportedBy: string;
}

export interface SeizureKey {
  readonly incident: string;
  readonly kind: SeizureKind;
  readonly drug?: DrugKind;
}

/** What a revision changes; at least one of them. */
export interface ReportChanges {
  readonly addArrests?: readonly AddedArrest[];
  /** Incidents reported in error; one in a charging document stays. */
  readonly withdrawArrests?: readonly string[];
  /** A corrected allegation; one a court has ruled on stays. */
  readonly correctAffiliations?: readonly { readonly incident: string; readonly affiliation: Affiliation }[];
  readonly withdrawSeizures?: readonly SeizureKey[];
}

export type ReviseReport = Command<
  'ReviseReport',
  { readonly reportId: string; readonly reason: string; readonly changes: ReportChanges }
>;

export type ReportCommand =
  | OpenReport
  | ReportArrests
  | ReportSeizures
  | ChargeArrests
  | VerifyArrestsInCourt
  | ProveAffiliation
  | ReviseReport;
