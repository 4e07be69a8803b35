import { ReportPeriod } from './commands';
import { Affiliation, CourtOutcome, DrugKind, EvidenceBasis, SeizureKind } from './provenance';
import { ChargingDocument, DocketReference } from './references';

/** The tiers of provenance, in order: each one a subset of the one before. */
export const TIERS = ['reported', 'charged', 'courtVerified'] as const;
export type Tier = (typeof TIERS)[number];

/** One arrest, once, however many agencies reported it, and how far its record has come. */
export interface ReportedArrest {
  readonly incident: string;
  readonly affiliation: Affiliation;
  readonly evidence: readonly EvidenceBasis[];
  /** The agencies that reported it, first reporter first. */
  readonly reportedBy: readonly string[];
  readonly charged?: ChargingDocument;
  readonly courtVerified?: { readonly docket: DocketReference; readonly outcome: CourtOutcome };
  readonly affiliationProved?: { readonly docket: DocketReference; readonly finding: string };
}

export interface ReportedSeizure {
  readonly incident: string;
  readonly kind: SeizureKind;
  readonly drug?: DrugKind;
  readonly quantity: number;
  readonly unit: string;
  readonly reportedBy: readonly string[];
}

export interface NoReport {
  readonly status: 'none';
}

export interface OpenedReport {
  readonly status: 'open';
  readonly reportId: string;
  readonly taskForce: string;
  readonly operation: string;
  readonly period: ReportPeriod;
  readonly participants: readonly string[];
  readonly arrests: readonly ReportedArrest[];
  readonly seizures: readonly ReportedSeizure[];
}

export type ReportState = NoReport | OpenedReport;

export const initialReportState: ReportState = { status: 'none' };

export const tierOf = (arrest: ReportedArrest): Tier =>
  arrest.courtVerified ? 'courtVerified' : arrest.charged ? 'charged' : 'reported';

/** Two seizures are the same when they are of one incident, kind and drug. */
export const seizureKeyOf = (seizure: {
  readonly incident: string;
  readonly kind: string;
  readonly drug?: string;
}): string => `${seizure.incident}|${seizure.kind}|${seizure.drug ?? ''}`;
