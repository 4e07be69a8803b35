import {
  addFigures,
  emptyFigures,
  incidentFigures,
  mergedIncidents,
  reportedByAgency,
  shareOfReported,
  tallyOf,
} from './figures';
import { reportDecider } from './report.decider';
import {
  arrest,
  arrestsReported,
  charged,
  INCIDENT_A,
  INCIDENT_B,
  INCIDENT_C,
  NOW,
  opened,
  REPORT_ID,
  verified,
} from './report.fixtures';
import { ReportEvent } from './events';
import { OpenedReport } from './state';

const fold = (events: readonly ReportEvent[]) =>
  events.reduce(reportDecider.evolve, reportDecider.initialState) as OpenedReport;

const seized: ReportEvent = {
  type: 'SeizuresReported',
  data: {
    reportId: REPORT_ID,
    taskForce: 'TX',
    reportingAgency: 'ICE-HSI',
    seizures: [
      { incident: INCIDENT_A, kind: 'drugs', drug: 'fentanyl', quantity: 1.25, unit: 'kg' },
      { incident: INCIDENT_C, kind: 'firearms', quantity: 4, unit: 'firearms' },
    ],
    reportedAt: NOW,
  },
};

describe('tallies keep the tiers apart and count an incident once', () => {
  const report = fold([
    opened,
    arrestsReported([arrest(INCIDENT_A), arrest(INCIDENT_B, { affiliation: { kind: 'gang' } })], 'FBI'),
    arrestsReported([arrest(INCIDENT_A)], 'ICE-HSI'),
    seized,
    charged([INCIDENT_A, INCIDENT_B]),
    verified([INCIDENT_A]),
  ]);

  it('counts each tier on its own, each holding what reached at least that tier', () => {
    const figures = tallyOf([report]);
    expect(figures.tiers.reported.arrests).toBe(2);
    expect(figures.tiers.charged.arrests).toBe(2);
    expect(figures.tiers.courtVerified.arrests).toBe(1);
  });

  it('puts a seizure in the tier of its incident’s arrest, and one without an arrest in reported only', () => {
    const { tiers } = tallyOf([report]);
    expect(tiers.reported.seizures).toEqual({
      drugsKg: { fentanyl: 1.25 },
      firearms: 4,
      currencyUsd: 0,
      vehicles: 0,
    });
    expect(tiers.courtVerified.seizures).toEqual({
      drugsKg: { fentanyl: 1.25 },
      firearms: 0,
      currencyUsd: 0,
      vehicles: 0,
    });
  });

  it('counts alleged and proved affiliations apart', () => {
    const { affiliations } = tallyOf([report]);
    expect(affiliations.alleged).toMatchObject({ cartel: 1, gang: 1 });
    expect(affiliations.proved).toMatchObject({ cartel: 0, gang: 0 });
  });

  it('counts an incident held by two reports once, in the higher tier it reached', () => {
    const inOther = (event: ReportEvent) =>
      ({ ...event, data: { ...event.data, reportId: 'other' } }) as ReportEvent;
    const other = fold([inOther(opened), inOther(arrestsReported([arrest(INCIDENT_A)], 'TX-DPS'))]);
    const figures = tallyOf([report, other]);
    expect(figures.tiers.reported.arrests).toBe(2);
    expect(figures.tiers.courtVerified.arrests).toBe(1);
  });

  it('answers the share of the reported arrests that reached each tier', () => {
    expect(shareOfReported(tallyOf([report]))).toEqual({ charged: 1, courtVerified: 0.5 });
    expect(shareOfReported(emptyFigures())).toEqual({ charged: 0, courtVerified: 0 });
  });

  it('adds and takes away figures exactly, so counts return to zero and never below', () => {
    const figures = tallyOf([report]);
    expect(addFigures(addFigures(emptyFigures(), figures), figures, -1)).toEqual(emptyFigures());
  });

  it('gives an agency’s tally only what it reported: the seizure it made at another agency’s arrest, not the arrest', () => {
    const incidentA = mergedIncidents([report]).find((i) => i.incident === INCIDENT_A)!;
    expect(incidentA.reportedBy).toEqual(['FBI', 'ICE-HSI']);
    const ice = incidentFigures(reportedByAgency(incidentA, 'ICE-HSI'));
    expect(ice.tiers.courtVerified).toEqual({
      arrests: 1,
      seizures: { drugsKg: { fentanyl: 1.25 }, firearms: 0, currencyUsd: 0, vehicles: 0 },
    });
    const incidentC = mergedIncidents([report]).find((i) => i.incident === INCIDENT_C)!;
    expect(incidentFigures(reportedByAgency(incidentC, 'FBI')).tiers.reported.arrests).toBe(0);
    expect(reportedByAgency(incidentC, 'FBI')).toBeUndefined();
    expect(incidentFigures(reportedByAgency(incidentC, 'ICE-HSI')).tiers.reported).toEqual({
      arrests: 0,
      seizures: { drugsKg: {}, firearms: 4, currencyUsd: 0, vehicles: 0 },
    });
  });
});
