import type { SqlClient } from '@hstf/event-store';
import {
  AffiliationKind,
  ChargingDocument,
  CourtOutcome,
  DocketReference,
  MergedIncident,
  mergedIncidents,
  mergeIncident,
  OpenedReport,
  ReportPeriod,
  Scope,
  SeizureFigures,
  shareOfReported,
  tallyOf,
  Tier,
  TierFigures,
  TIERS,
  TallyFigures,
  emptyFigures,
} from '@hstf/domain';
import { IncidentRow, NATIONAL_TALLY } from '../rows/incident-row';
import { CountsRow } from '../rows/tally-counts';
import { ReportRow } from '../rows/report-row';
import { Page } from './list-queries';
import { clampLimit } from './feed-query';
import { projectionPosition } from './position-queries';

export const TALLIES = 'tallies';

/** Where the answer stands: the position the read model had applied when it was read. */
export interface AsOf {
  readonly position: string;
}

/** One incident behind a tally's figures, with what a reader needs to look it up. */
export interface TallySource {
  readonly incident: string;
  /** The highest tier its record reached in any report: the tier it counts in, and every one before. */
  readonly tier: Tier;
  readonly reportedBy: readonly string[];
  /** The events that touched it, to be read in the audit (`GET /audit/streams/report-<id>`). */
  readonly eventIds: readonly string[];
  readonly reports: readonly string[];
  readonly charging?: ChargingDocument;
  readonly docket?: DocketReference;
  readonly outcome?: CourtOutcome;
}

export interface Tally {
  readonly scope: string;
  readonly asOf: AsOf;
  /** Each tier holds what reached at least that tier: never to be added across tiers. */
  readonly tiers: Readonly<Record<Tier, TierFigures>>;
  readonly affiliations: TallyFigures['affiliations'];
  readonly shareOfReported: ReturnType<typeof shareOfReported>;
  /** The incidents counted; `sources` lists them (those of `tier` and after when asked), in pages. */
  readonly incidents: number;
  readonly sources: Page<TallySource>;
}

export interface TallyOptions {
  /** Only the sources of incidents that reached this tier. */
  readonly tier?: Tier;
  /** The `next` of the previous page: an incident reference. */
  readonly after?: string;
  /** Default 100, at most 1000. */
  readonly limit?: number;
  /**
   * Which reports the caller may read, by their scope: an incident counts once for every report holding
   * it, but only the reports (and their events and reporters) the caller may read are listed.
   */
  readonly mayReadReport?: (scope: Scope) => boolean;
}

const tiersFrom = (tier: Tier): Tier[] => TIERS.slice(TIERS.indexOf(tier));

function sourceOf(row: IncidentRow, mayRead: (scope: Scope) => boolean): TallySource {
  const merged = row.merged as MergedIncident;
  const records = row.records.filter((r) => mayRead(r.scope));
  const readable = new Set(records.map((r) => r.reportId));
  // What the caller is shown of the incident comes from the reports it may read; its tier is the one it
  // counts in, which a report it may not read can have taken it to.
  const shown = mergeIncident(records);
  const arrest = shown?.arrest;
  return {
    incident: row.incident,
    tier: merged.tier,
    reportedBy: shown?.reportedBy ?? [],
    eventIds: row.sources.filter((s) => readable.has(s.reportId)).map((s) => s.eventId),
    reports: records.map((r) => r.reportId),
    ...(arrest?.charged ? { charging: arrest.charged } : {}),
    ...(arrest?.courtVerified
      ? { docket: arrest.courtVerified.docket, outcome: arrest.courtVerified.outcome }
      : {}),
  };
}

/**
 * A tally's figures and a page of its sources, on the caller's snapshot. The page is a walk of
 * `scoped_incidents` in incident order, one branch per tier listed, each stopping at the page's size.
 */
export async function tally(sql: SqlClient, scope: string, options: TallyOptions = {}): Promise<Tally> {
  const limit = clampLimit(options.limit);
  const tiers = options.tier === undefined ? [...TIERS] : tiersFrom(options.tier);
  // Only for this read's transaction: PGlite runs no autovacuum, so the tables have no statistics, and the
  // planner's default guess of a few matching rows made it read a whole tally (every incident of the
  // nation) into a bitmap and sort it, where the index in order stops after one page.
  await sql.query('SET LOCAL enable_bitmapscan = off');
  const [counted] = await sql.query<{ doc: CountsRow }>(`SELECT doc FROM tallies.counts WHERE id = $1`, [
    scope,
  ]);
  const branches = tiers.map(
    (_, i) => `(SELECT s.incident FROM tallies.scoped_incidents AS s
        WHERE s.scope = $1 AND s.tier = $${i + 4} AND s.incident > $2 ORDER BY s.incident LIMIT $3)`,
  );
  const rows = await sql.query<{ doc: IncidentRow }>(
    `WITH page AS MATERIALIZED (
       SELECT u.incident FROM (${branches.join(' UNION ALL ')}) AS u ORDER BY u.incident LIMIT $3
     )
     SELECT i.doc FROM page JOIN tallies.incidents AS i ON i.id = page.incident ORDER BY page.incident`,
    [scope, options.after ?? '', limit, ...tiers],
  );
  const position = await projectionPosition(sql, TALLIES);
  const figures = counted?.doc.figures ?? emptyFigures();
  const mayRead = options.mayReadReport ?? (() => true);
  const items = rows.map((r) => sourceOf(r.doc, mayRead));
  return {
    scope,
    asOf: { position: position.toString() },
    tiers: figures.tiers,
    affiliations: figures.affiliations,
    shareOfReported: shareOfReported(figures),
    incidents: counted?.doc.incidents ?? 0,
    sources: rows.length === limit ? { items, next: items[items.length - 1].incident } : { items },
  };
}

export interface PressSummaryRequest {
  readonly state?: string;
  /** The reports whose period overlaps [from, to]; either end may be open. ISO-8601 instants. */
  readonly from?: string;
  readonly to?: string;
}

export interface ChargingDocumentFigure extends ChargingDocument {
  readonly arrests: number;
}

export interface DocketFigure extends DocketReference {
  readonly outcome: CourtOutcome;
  readonly arrests: number;
}

export interface PressFigure {
  readonly tier: Tier;
  readonly label: string;
  readonly arrests: number;
  readonly seizures: SeizureFigures;
}

export interface PressSummary {
  readonly scope: string;
  readonly period: { readonly from?: string; readonly to?: string };
  readonly asOf: AsOf;
  readonly notice: string;
  readonly reports: readonly {
    readonly reportId: string;
    readonly taskForce: string;
    readonly operation: string;
    readonly period: ReportPeriod;
  }[];
  readonly figures: {
    readonly reported: PressFigure;
    readonly charged: PressFigure & { readonly chargingDocuments: readonly ChargingDocumentFigure[] };
    readonly courtVerified: PressFigure & { readonly dockets: readonly DocketFigure[] };
  };
  readonly shareOfReported: ReturnType<typeof shareOfReported>;
  readonly affiliations: {
    readonly alleged: { readonly label: string; readonly byKind: Readonly<Record<AffiliationKind, number>> };
    readonly proved: {
      readonly label: string;
      readonly byKind: Readonly<Record<AffiliationKind, number>>;
      readonly dockets: readonly (DocketReference & { readonly arrests: number })[];
    };
  };
}

export const PRESS_LABELS = {
  notice:
    'Each tier includes the ones after it (every charged arrest was reported, every court-verified one charged): the tiers are never to be added together. An incident several agencies reported counts once.',
  reported:
    'Reported: arrests and seizures as the participating agencies reported them, charged or not; not yet a court record.',
  charged:
    'Charged: arrests named in a charging document (indictment, information or complaint), and their seizures.',
  courtVerified:
    'Court-verified: arrests whose outcome a court docket entry shows (indicted, pleaded guilty, convicted, acquitted or dismissed), and their seizures.',
  alleged:
    'Alleged affiliations: what the reporting agencies allege on investigative evidence. These are allegations, not findings: they may not be cited as membership.',
  proved: 'Proved affiliations: those a court found proved, in the case the arrest was charged in.',
} as const;

/** Counts per distinct key, in the order keys first appear. */
function countBy<T, K>(items: readonly T[], keyOf: (item: T) => string, value: (item: T) => K) {
  const found = new Map<string, { value: K; arrests: number }>();
  for (const item of items) {
    const key = keyOf(item);
    const known = found.get(key);
    if (known) known.arrests += 1;
    else found.set(key, { value: value(item), arrests: 1 });
  }
  return [...found.values()].map(({ value: v, arrests }) => ({ ...v, arrests }));
}

function courtRecords(incidents: readonly MergedIncident[]) {
  const arrests = incidents.flatMap((i) => (i.arrest ? [i.arrest] : []));
  const charged = arrests.flatMap((a) => (a.charged ? [a.charged] : []));
  const verified = arrests.flatMap((a) => (a.courtVerified ? [a.courtVerified] : []));
  const proved = arrests.flatMap((a) => (a.affiliationProved ? [a.affiliationProved.docket] : []));
  const docketKey = (d: DocketReference) => `${d.court} ${d.caseNumber} ${d.entry}`;
  return {
    chargingDocuments: countBy(
      charged,
      (c) => `${c.court} ${c.caseNumber}`,
      (c) => ({ court: c.court, caseNumber: c.caseNumber }),
    ),
    dockets: countBy(
      verified,
      (v) => `${docketKey(v.docket)} ${v.outcome}`,
      (v) => ({ ...v.docket, outcome: v.outcome }),
    ),
    provedDockets: countBy(proved, docketKey, (d) => ({ ...d })),
  };
}

/**
 * The figures of the reports of a period (and of a state) as a press release may cite them: each tier
 * labelled, the court records behind the charged and court-verified figures, and allegations apart from
 * findings. The figures are the domain's `tallyOf` over those reports.
 */
export async function pressSummary(sql: SqlClient, request: PressSummaryRequest): Promise<PressSummary> {
  const rows = await sql.query<{ doc: ReportRow }>(
    `SELECT doc FROM tallies.reports AS r
      WHERE ($1::text IS NULL OR r.state = $1)
        AND ($2::timestamptz IS NULL OR r.period_to >= $2::timestamptz)
        AND ($3::timestamptz IS NULL OR r.period_from <= $3::timestamptz)
      ORDER BY r.period_from, r.id`,
    [request.state ?? null, request.from ?? null, request.to ?? null],
  );
  const position = await projectionPosition(sql, TALLIES);
  const reports: OpenedReport[] = rows.map((r) => r.doc);
  const figures = tallyOf(reports);
  const records = courtRecords(mergedIncidents(reports));
  const figure = (tier: Tier): PressFigure => ({ tier, label: PRESS_LABELS[tier], ...figures.tiers[tier] });
  return {
    scope: request.state === undefined ? NATIONAL_TALLY : `state:${request.state}`,
    period: {
      ...(request.from === undefined ? {} : { from: request.from }),
      ...(request.to === undefined ? {} : { to: request.to }),
    },
    asOf: { position: position.toString() },
    notice: PRESS_LABELS.notice,
    reports: reports.map(({ reportId, taskForce, operation, period }) => ({
      reportId,
      taskForce,
      operation,
      period,
    })),
    figures: {
      reported: figure('reported'),
      charged: { ...figure('charged'), chargingDocuments: records.chargingDocuments },
      courtVerified: { ...figure('courtVerified'), dockets: records.dockets },
    },
    shareOfReported: shareOfReported(figures),
    affiliations: {
      alleged: { label: PRESS_LABELS.alleged, byKind: figures.affiliations.alleged },
      proved: {
        label: PRESS_LABELS.proved,
        byKind: figures.affiliations.proved,
        dockets: records.provedDockets,
      },
    },
  };
}
