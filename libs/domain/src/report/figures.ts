import { AFFILIATION_KINDS, AffiliationKind, DrugKind } from './provenance';
import { OpenedReport, ReportedArrest, ReportedSeizure, Tier, TIERS, tierOf } from './state';

/**
 * The arithmetic of the tallies, shared by the read model (which keeps them incrementally, incident by
 * incident) and the audit's as-of view (which folds them from the reports as they stood): the figures of
 * a set of incidents are the sum of each incident's, and an incident counts once, in the highest tier
 * its record reached, whichever reports and agencies hold it.
 */
export interface SeizureFigures {
  readonly drugsKg: Readonly<Partial<Record<DrugKind, number>>>;
  readonly firearms: number;
  readonly currencyUsd: number;
  readonly vehicles: number;
}

export interface TierFigures {
  readonly arrests: number;
  readonly seizures: SeizureFigures;
}

export interface TallyFigures {
  /** Each tier holds what reached at least that tier: never added across tiers. */
  readonly tiers: Readonly<Record<Tier, TierFigures>>;
  /** Reported arrests by the affiliation alleged, and those whose affiliation a court found proved. */
  readonly affiliations: {
    readonly alleged: Readonly<Record<AffiliationKind, number>>;
    readonly proved: Readonly<Record<AffiliationKind, number>>;
  };
}

/** One incident as one report holds it. */
export interface IncidentInReport {
  readonly reportId: string;
  readonly incident: string;
  readonly arrest?: ReportedArrest;
  readonly seizures: readonly ReportedSeizure[];
}

const byKind = (): Record<AffiliationKind, number> =>
  Object.fromEntries(AFFILIATION_KINDS.map((kind) => [kind, 0])) as Record<AffiliationKind, number>;

const noSeizures = (): SeizureFigures => ({ drugsKg: {}, firearms: 0, currencyUsd: 0, vehicles: 0 });

export const emptyFigures = (): TallyFigures => ({
  tiers: {
    reported: { arrests: 0, seizures: noSeizures() },
    charged: { arrests: 0, seizures: noSeizures() },
    courtVerified: { arrests: 0, seizures: noSeizures() },
  },
  affiliations: { alleged: byKind(), proved: byKind() },
});

// Quantities have at most three decimals: sums are rounded back to them, so that adding and taking away
// the same seizure leaves exactly what was there.
const exact = (value: number): number => Math.round(value * 1000) / 1000;

function addSeizures(a: SeizureFigures, b: SeizureFigures, sign: 1 | -1): SeizureFigures {
  const drugsKg: Partial<Record<DrugKind, number>> = { ...a.drugsKg };
  for (const [drug, kg] of Object.entries(b.drugsKg) as [DrugKind, number][]) {
    const sum = exact((drugsKg[drug] ?? 0) + sign * kg);
    if (sum === 0) delete drugsKg[drug];
    else drugsKg[drug] = sum;
  }
  return {
    drugsKg,
    firearms: exact(a.firearms + sign * b.firearms),
    currencyUsd: exact(a.currencyUsd + sign * b.currencyUsd),
    vehicles: exact(a.vehicles + sign * b.vehicles),
  };
}

const addKinds = (a: Record<AffiliationKind, number>, b: Record<AffiliationKind, number>, sign: 1 | -1) =>
  Object.fromEntries(AFFILIATION_KINDS.map((kind) => [kind, a[kind] + sign * b[kind]])) as Record<
    AffiliationKind,
    number
  >;

/** a + b, or a - b: what a tally becomes when an incident's figures come in or go out. */
export function addFigures(a: TallyFigures, b: TallyFigures, sign: 1 | -1 = 1): TallyFigures {
  const tier = (t: Tier): TierFigures => ({
    arrests: a.tiers[t].arrests + sign * b.tiers[t].arrests,
    seizures: addSeizures(a.tiers[t].seizures, b.tiers[t].seizures, sign),
  });
  return {
    tiers: { reported: tier('reported'), charged: tier('charged'), courtVerified: tier('courtVerified') },
    affiliations: {
      alleged: addKinds(a.affiliations.alleged, b.affiliations.alleged, sign),
      proved: addKinds(a.affiliations.proved, b.affiliations.proved, sign),
    },
  };
}

const rank = (tier: Tier): number => TIERS.indexOf(tier);

/** The tiers an incident of this tier counts in: its own and every one before it. */
export const tiersUpTo = (tier: Tier): readonly Tier[] => TIERS.slice(0, rank(tier) + 1);

/**
 * One incident across the reports that hold it: its arrest as far as any report took it, and each of
 * its seizures once (a seizure is of the same incident, kind and drug).
 */
export interface MergedIncident {
  readonly incident: string;
  readonly arrest?: ReportedArrest;
  readonly seizures: readonly ReportedSeizure[];
  /** The arrest's tier, which its seizures share; 'reported' for a seizure without an arrest. */
  readonly tier: Tier;
  /** Every agency that reported the arrest or a seizure of it, first reporter first. */
  readonly reportedBy: readonly string[];
}

export function mergeIncident(records: readonly IncidentInReport[]): MergedIncident | undefined {
  const arrests = records.flatMap((r) => (r.arrest ? [r.arrest] : []));
  const furthest = arrests.reduce<ReportedArrest | undefined>(
    (best, a) => (best === undefined || rank(tierOf(a)) > rank(tierOf(best)) ? a : best),
    undefined,
  );
  // The arrest as far as any report took it, reported by every agency that reported it in any of them.
  const arrest = furthest && {
    ...furthest,
    reportedBy: [...new Set(arrests.flatMap((a) => a.reportedBy))],
    evidence: [...new Set(arrests.flatMap((a) => a.evidence))],
  };
  const seizures = new Map<string, ReportedSeizure>();
  for (const seizure of records.flatMap((r) => r.seizures)) {
    const key = `${seizure.kind}|${seizure.drug ?? ''}`;
    if (!seizures.has(key)) seizures.set(key, seizure);
  }
  if (arrest === undefined && seizures.size === 0) return undefined;
  const reportedBy = [
    ...new Set([
      ...arrests.flatMap((a) => a.reportedBy),
      ...[...seizures.values()].flatMap((s) => s.reportedBy),
    ]),
  ];
  return {
    incident: records[0].incident,
    ...(arrest ? { arrest } : {}),
    seizures: [...seizures.values()],
    tier: arrest ? tierOf(arrest) : 'reported',
    reportedBy,
  };
}

/**
 * The part of an incident one agency reported, for that agency's tally: the arrest if it is among the
 * arrest's reporters, and the seizures it reported, in the incident's tier (a seizure is as far along as
 * its incident's arrest, whoever reported the arrest). Undefined when it reported nothing of it.
 */
export function reportedByAgency(incident: MergedIncident, agency: string): MergedIncident | undefined {
  const arrest = incident.arrest?.reportedBy.includes(agency) ? incident.arrest : undefined;
  const seizures = incident.seizures.filter((s) => s.reportedBy.includes(agency));
  if (arrest === undefined && seizures.length === 0) return undefined;
  const { arrest: _whole, ...rest } = incident;
  return { ...rest, ...(arrest ? { arrest } : {}), seizures };
}

function seizureFigures(seizures: readonly ReportedSeizure[]): SeizureFigures {
  return seizures.reduce<SeizureFigures>((sum, s) => {
    const one: SeizureFigures =
      s.kind === 'drugs'
        ? { ...noSeizures(), drugsKg: { [s.drug ?? 'other']: s.quantity } }
        : s.kind === 'firearms'
          ? { ...noSeizures(), firearms: s.quantity }
          : s.kind === 'currency'
            ? { ...noSeizures(), currencyUsd: s.quantity }
            : { ...noSeizures(), vehicles: s.quantity };
    return addSeizures(sum, one, 1);
  }, noSeizures());
}

/** What one incident adds to every tally it belongs to. */
export function incidentFigures(incident: MergedIncident | undefined): TallyFigures {
  const figures = emptyFigures();
  if (incident === undefined) return figures;
  const arrests = incident.arrest ? 1 : 0;
  const seizures = seizureFigures(incident.seizures);
  const counted = new Set(tiersUpTo(incident.tier));
  const tier = (t: Tier): TierFigures => (counted.has(t) ? { arrests, seizures } : figures.tiers[t]);
  const alleged = byKind();
  const proved = byKind();
  if (incident.arrest) {
    alleged[incident.arrest.affiliation.kind] = 1;
    if (incident.arrest.affiliationProved) proved[incident.arrest.affiliation.kind] = 1;
  }
  return {
    tiers: { reported: tier('reported'), charged: tier('charged'), courtVerified: tier('courtVerified') },
    affiliations: { alleged, proved },
  };
}

/**
 * The incidents of a report, each with its arrest and seizures, in one pass; `only` narrows them to the
 * incidents an event touched.
 */
export function incidentsInReport(
  report: OpenedReport,
  only?: ReadonlySet<string>,
): Map<string, IncidentInReport> {
  const found = new Map<string, { arrest?: ReportedArrest; seizures: ReportedSeizure[] }>();
  const entry = (incident: string) => {
    let record = found.get(incident);
    if (record === undefined) found.set(incident, (record = { seizures: [] }));
    return record;
  };
  for (const arrest of report.arrests)
    if (!only || only.has(arrest.incident)) entry(arrest.incident).arrest = arrest;
  for (const seizure of report.seizures)
    if (!only || only.has(seizure.incident)) entry(seizure.incident).seizures.push(seizure);
  return new Map(
    [...found].map(([incident, record]) => [incident, { reportId: report.reportId, incident, ...record }]),
  );
}

/** Every incident of these reports, merged across them: what a tally counts. */
export function mergedIncidents(reports: readonly OpenedReport[]): MergedIncident[] {
  const records = new Map<string, IncidentInReport[]>();
  for (const report of reports) {
    for (const [incident, record] of incidentsInReport(report)) {
      records.set(incident, [...(records.get(incident) ?? []), record]);
    }
  }
  return [...records.values()].flatMap((r) => {
    const merged = mergeIncident(r);
    return merged ? [merged] : [];
  });
}

/** The figures of a set of reports, each incident once: the audit folds this from reports as they stood. */
export const tallyOf = (reports: readonly OpenedReport[]): TallyFigures =>
  mergedIncidents(reports).reduce(
    (sum, incident) => addFigures(sum, incidentFigures(incident)),
    emptyFigures(),
  );

/** The share of the reported arrests that reached each later tier (0 when nothing was reported). */
export const shareOfReported = (figures: TallyFigures): { charged: number; courtVerified: number } => {
  const reported = figures.tiers.reported.arrests;
  const share = (n: number) => (reported === 0 ? 0 : Math.round((n / reported) * 10_000) / 10_000);
  return {
    charged: share(figures.tiers.charged.arrests),
    courtVerified: share(figures.tiers.courtVerified.arrests),
  };
};
