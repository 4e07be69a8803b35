import { Event } from '../shared';
import { AddedArrest, ArrestInput, ReportPeriod, SeizureKey } from './commands';
import { Affiliation, CourtOutcome, DrugKind, SeizureKind } from './provenance';
import { ChargingDocument, DocketReference } from './references';

// Every event names the report's task force: tallies per state read it without loading the report.

export type ReportOpened = Event<
  'ReportOpened',
  {
    readonly reportId: string;
    readonly taskForce: string;
    readonly operation: string;
    readonly period: ReportPeriod;
    readonly participants: readonly string[];
    readonly openedAt: string;
  }
>;

/**
 * One agency's arrests, as it reported them, `count` of them. An incident another agency reported already
 * is the same arrest: the tallies count it once, with both agencies among its reporters.
 */
export type ArrestsReported = Event<
  'ArrestsReported',
  {
    readonly reportId: string;
    readonly taskForce: string;
    readonly reportingAgency: string;
    readonly count: number;
    readonly arrests: readonly ArrestInput[];
    readonly reportedAt: string;
  }
>;

export interface ReportedSeizureInput {
  readonly incident: string;
  readonly kind: SeizureKind;
  readonly drug?: DrugKind;
  readonly quantity: number;
  readonly unit: string;
}

export type SeizuresReported = Event<
  'SeizuresReported',
  {
    readonly reportId: string;
    readonly taskForce: string;
    readonly reportingAgency: string;
    readonly seizures: readonly ReportedSeizureInput[];
    readonly reportedAt: string;
  }
>;

export type ArrestsCharged = Event<
  'ArrestsCharged',
  {
    readonly reportId: string;
    readonly taskForce: string;
    readonly incidents: readonly string[];
    readonly count: number;
    readonly charging: ChargingDocument;
    readonly chargedAt: string;
  }
>;

export type ArrestsCourtVerified = Event<
  'ArrestsCourtVerified',
  {
    readonly reportId: string;
    readonly taskForce: string;
    readonly incidents: readonly string[];
    readonly count: number;
    readonly docket: DocketReference;
    readonly outcome: CourtOutcome;
    readonly verifiedAt: string;
  }
>;

export type AffiliationProved = Event<
  'AffiliationProved',
  {
    readonly reportId: string;
    readonly taskForce: string;
    readonly incidents: readonly string[];
    readonly docket: DocketReference;
    readonly finding: string;
    readonly provedAt: string;
  }
>;

/** Only what changed, under the names of ReportChanges in the past tense. */
export interface ReportRevision {
  readonly addedArrests?: readonly AddedArrest[];
  readonly withdrawnArrests?: readonly string[];
  readonly correctedAffiliations?: readonly {
    readonly incident: string;
    readonly affiliation: Affiliation;
  }[];
  readonly withdrawnSeizures?: readonly SeizureKey[];
}

export type ReportRevised = Event<
  'ReportRevised',
  {
    readonly reportId: string;
    readonly taskForce: string;
    readonly reason: string;
    readonly changes: ReportRevision;
    readonly revisedAt: string;
  }
>;

export type ReportEvent =
  | ReportOpened
  | ArrestsReported
  | SeizuresReported
  | ArrestsCharged
  | ArrestsCourtVerified
  | AffiliationProved
  | ReportRevised;

export type ReportEventType = ReportEvent['type'];

// A mapped type rather than a plain array so that the compiler refuses a list missing an event type.
const EVERY_TYPE: { readonly [K in ReportEventType]: K } = {
  ReportOpened: 'ReportOpened',
  ArrestsReported: 'ArrestsReported',
  SeizuresReported: 'SeizuresReported',
  ArrestsCharged: 'ArrestsCharged',
  ArrestsCourtVerified: 'ArrestsCourtVerified',
  AffiliationProved: 'AffiliationProved',
  ReportRevised: 'ReportRevised',
};

export const REPORT_EVENT_TYPES: readonly ReportEventType[] = Object.values(EVERY_TYPE);

/** The incidents an event of a report touches, in its order: what a tally re-counts after it. */
export function incidentsOf(event: ReportEvent): readonly string[] {
  switch (event.type) {
    case 'ReportOpened':
      return [];
    case 'ArrestsReported':
      return unique(event.data.arrests.map((a) => a.incident));
    case 'SeizuresReported':
      return unique(event.data.seizures.map((s) => s.incident));
    case 'ReportRevised': {
      const c = event.data.changes;
      return unique([
        ...(c.addedArrests ?? []).map((a) => a.incident),
        ...(c.withdrawnArrests ?? []),
        ...(c.correctedAffiliations ?? []).map((a) => a.incident),
        ...(c.withdrawnSeizures ?? []).map((s) => s.incident),
      ]);
    }
    default:
      return unique(event.data.incidents);
  }
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];
