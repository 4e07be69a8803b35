import { emptyFigures, TallyFigures } from '@hstf/domain';
import { ProjectedEvent } from '../../events/projected-event';
import { IncidentRow } from '../../rows/incident-row';
import { CountsRow } from '../../rows/tally-counts';
import { assigned } from '../../testing/domain-events.fixtures';
import { MemoryWriter } from '../../testing/memory-writer';
import { projected } from '../../testing/projected-events.fixtures';
import {
  arrest,
  AZ_A,
  CORRIDOR,
  DESERT,
  reportStream,
  SWEEP,
  TX_A,
  TX_B,
} from '../../testing/report-events.fixtures';
import { talliesProjection } from './tallies.projection';
import { counts, incidents, reports, scopedIncidentsTable } from './tallies.tables';

async function applyAll(events: readonly ProjectedEvent[]): Promise<MemoryWriter> {
  const writer = new MemoryWriter();
  for (const event of events) await talliesProjection.apply(event, writer);
  return writer;
}

const tally = (writer: MemoryWriter, scope: string): CountsRow | undefined => writer.document(counts, scope);

/** Arrests per tier of a tally, [reported, charged, court-verified]. */
const arrests = (writer: MemoryWriter, scope: string): number[] => {
  const figures = tally(writer, scope)?.figures ?? emptyFigures();
  return [figures.tiers.reported, figures.tiers.charged, figures.tiers.courtVerified].map((t) => t.arrests);
};

const scopesOf = (writer: MemoryWriter): string[] =>
  [...(writer.documents.get('counts')?.keys() ?? [])].sort();

describe('the tallies projection', () => {
  it('counts an arrest two agencies reported once: nationally, in the state, and once for each agency', async () => {
    const sweep = reportStream(SWEEP);
    const writer = await applyAll([
      sweep.opened(),
      sweep.arrests('FBI', [arrest(TX_A)]),
      sweep.arrests('ICE-HSI', [arrest(TX_A)]),
    ]);
    for (const scope of ['national', 'state:TX', 'agency:FBI', 'agency:ICE-HSI']) {
      expect([scope, ...arrests(writer, scope)]).toEqual([scope, 1, 0, 0]);
      expect(tally(writer, scope)?.incidents).toBe(1);
    }
    expect(scopesOf(writer)).toEqual(['agency:FBI', 'agency:ICE-HSI', 'national', 'state:TX']);
    expect(writer.document(incidents, TX_A)?.merged?.reportedBy).toEqual(['FBI', 'ICE-HSI']);
  });

  it('moves a charged arrest to the charged tier in every tally, and a verified one to court-verified', async () => {
    const sweep = reportStream(SWEEP);
    const reported = [
      sweep.opened(),
      sweep.arrests('FBI', [arrest(TX_A), arrest(TX_B)]),
      sweep.arrests('ICE-HSI', [arrest(TX_A)]),
    ];
    const charged = await applyAll([...reported, sweep.charged([TX_A])]);
    expect(arrests(charged, 'national')).toEqual([2, 1, 0]);
    expect(arrests(charged, 'state:TX')).toEqual([2, 1, 0]);
    expect(arrests(charged, 'agency:FBI')).toEqual([2, 1, 0]);
    expect(arrests(charged, 'agency:ICE-HSI')).toEqual([1, 1, 0]);

    const verified = await applyAll([...reported, sweep.charged([TX_A]), sweep.verified([TX_A])]);
    expect(arrests(verified, 'national')).toEqual([2, 1, 1]);
    expect(arrests(verified, 'agency:ICE-HSI')).toEqual([1, 1, 1]);
    // What the sources are paged over: each tally of the incident, at the tier it reached.
    expect(verified.rowsOf(scopedIncidentsTable).filter((r) => r.incident === TX_A)).toEqual(
      ['national', 'state:TX', 'agency:FBI', 'agency:ICE-HSI'].map((scope) => ({
        scope,
        tier: 'courtVerified',
        incident: TX_A,
      })),
    );
  });

  it('counts an affiliation as alleged when reported and as proved only once a court found it', async () => {
    const sweep = reportStream(SWEEP);
    const events = [
      sweep.opened(),
      sweep.arrests('FBI', [arrest(TX_A, 'gang'), arrest(TX_B)]),
      sweep.charged([TX_A]),
    ];
    const alleged = await applyAll(events);
    expect(tally(alleged, 'national')?.figures.affiliations).toEqual({
      alleged: { cartel: 1, gang: 1, smuggling: 0, trafficking: 0 },
      proved: { cartel: 0, gang: 0, smuggling: 0, trafficking: 0 },
    });
    const proved = await applyAll([...events, sweep.proved([TX_A])]);
    expect(tally(proved, 'agency:FBI')?.figures.affiliations.proved).toEqual({
      cartel: 0,
      gang: 1,
      smuggling: 0,
      trafficking: 0,
    });
  });

  it('takes a withdrawn arrest and its seizures out of every tally, to exactly zero', async () => {
    const sweep = reportStream(SWEEP);
    const writer = await applyAll([
      sweep.opened(),
      sweep.arrests('FBI', [arrest(TX_A)]),
      sweep.arrests('ICE-HSI', [arrest(TX_A)]),
      sweep.seizures('FBI', [
        { incident: TX_A, kind: 'drugs', drug: 'fentanyl', quantity: 0.1, unit: 'kg' },
        { incident: TX_A, kind: 'currency', quantity: 1234.567, unit: 'USD' },
      ]),
      sweep.seizures('ICE-HSI', [
        { incident: TX_A, kind: 'drugs', drug: 'methamphetamine', quantity: 0.2, unit: 'kg' },
      ]),
      sweep.revised({
        withdrawnArrests: [TX_A],
        withdrawnSeizures: [
          { incident: TX_A, kind: 'drugs', drug: 'fentanyl' },
          { incident: TX_A, kind: 'currency' },
          { incident: TX_A, kind: 'drugs', drug: 'methamphetamine' },
        ],
      }),
    ]);
    const zero: CountsRow = { scope: '', figures: emptyFigures(), incidents: 0 };
    for (const scope of ['national', 'state:TX', 'agency:FBI', 'agency:ICE-HSI']) {
      expect(tally(writer, scope)).toEqual({ ...zero, scope });
    }
    const row = writer.document(incidents, TX_A) as IncidentRow;
    expect(row.merged).toBeUndefined();
    expect(row.records).toEqual([]);
    expect(writer.rowsOf(scopedIncidentsTable)).toEqual([]);
    expect(incidents.columns.map((c) => c.value(row))).toEqual(['TX', [], undefined, false]);
  });

  it("does not double an incident a second report holds, and counts it for that report's agency", async () => {
    const sweep = reportStream(SWEEP);
    const corridor = reportStream(CORRIDOR);
    const writer = await applyAll([
      sweep.opened(),
      corridor.opened(),
      sweep.arrests('FBI', [arrest(TX_A)]),
      corridor.arrests('DEA', [arrest(TX_A), arrest(TX_B)]),
      // Charged in the second report: the incident is charged wherever it counts.
      corridor.charged([TX_A]),
    ]);
    expect(arrests(writer, 'national')).toEqual([2, 1, 0]);
    expect(arrests(writer, 'state:TX')).toEqual([2, 1, 0]);
    expect(arrests(writer, 'agency:FBI')).toEqual([1, 1, 0]);
    expect(arrests(writer, 'agency:DEA')).toEqual([2, 1, 0]);
    const row = writer.document(incidents, TX_A)!;
    expect(row.records.map((r) => r.reportId)).toEqual([SWEEP, CORRIDOR]);
    expect(row.merged).toMatchObject({ tier: 'charged', reportedBy: ['FBI', 'DEA'] });
  });

  it('takes an incident out of the tally of the agency whose report of it was withdrawn, and only there', async () => {
    const sweep = reportStream(SWEEP);
    const corridor = reportStream(CORRIDOR);
    const writer = await applyAll([
      sweep.opened(),
      corridor.opened(),
      sweep.arrests('FBI', [arrest(TX_A)]),
      corridor.arrests('DEA', [arrest(TX_A)]),
      corridor.revised({ withdrawnArrests: [TX_A] }),
    ]);
    expect(arrests(writer, 'national')).toEqual([1, 0, 0]);
    expect(arrests(writer, 'agency:FBI')).toEqual([1, 0, 0]);
    expect(tally(writer, 'agency:DEA')).toEqual({
      scope: 'agency:DEA',
      figures: emptyFigures(),
      incidents: 0,
    });
    expect(writer.document(incidents, TX_A)?.records.map((r) => r.reportId)).toEqual([SWEEP]);
  });

  it("counts each state's incidents in its own tally only", async () => {
    const sweep = reportStream(SWEEP);
    const desert = reportStream(DESERT);
    const writer = await applyAll([
      sweep.opened(),
      desert.opened(),
      sweep.arrests('FBI', [arrest(TX_A)]),
      desert.arrests('DEA', [arrest(AZ_A)]),
    ]);
    expect(arrests(writer, 'national')).toEqual([2, 0, 0]);
    expect(arrests(writer, 'state:TX')).toEqual([1, 0, 0]);
    expect(arrests(writer, 'state:AZ')).toEqual([1, 0, 0]);
    expect(writer.document(incidents, AZ_A)?.state).toBe('AZ');
  });

  it('adds a seizure of an incident without an arrest to the reported tier only, with its reporter', async () => {
    const sweep = reportStream(SWEEP);
    const writer = await applyAll([
      sweep.opened(),
      sweep.seizures('TX-DPS', [{ incident: TX_B, kind: 'firearms', quantity: 3, unit: 'firearms' }]),
    ]);
    const figures = tally(writer, 'agency:TX-DPS')?.figures as TallyFigures;
    expect(figures.tiers.reported).toEqual({
      arrests: 0,
      seizures: { drugsKg: {}, firearms: 3, currencyUsd: 0, vehicles: 0 },
    });
    expect(figures.tiers.charged.seizures.firearms).toBe(0);
  });

  it('lists every event that touched an incident as its sources, with the reporting agency where it has one', async () => {
    const sweep = reportStream(SWEEP);
    const events = [
      sweep.opened(),
      sweep.arrests('FBI', [arrest(TX_A)]),
      sweep.revised({ addedArrests: [{ ...arrest(TX_B), reportedBy: 'TX-DPS' }] }),
      sweep.charged([TX_A, TX_B]),
    ];
    const writer = await applyAll(events);
    const [, reported, revised, charged] = events;
    expect(writer.document(incidents, TX_A)?.sources).toEqual([
      {
        eventId: reported.id,
        type: 'ArrestsReported',
        reportId: SWEEP,
        globalPosition: reported.globalPosition.toString(),
        reportingAgency: 'FBI',
      },
      {
        eventId: charged.id,
        type: 'ArrestsCharged',
        reportId: SWEEP,
        globalPosition: charged.globalPosition.toString(),
      },
    ]);
    expect(writer.document(incidents, TX_B)?.sources.map((s) => [s.eventId, s.reportingAgency])).toEqual([
      [revised.id, 'TX-DPS'],
      [charged.id, undefined],
    ]);
  });

  it('keeps the report as the domain folds it, with its columns', async () => {
    const corridor = reportStream(CORRIDOR);
    const writer = await applyAll([corridor.opened(), corridor.arrests('DEA', [arrest(TX_A)])]);
    const row = writer.document(reports, CORRIDOR)!;
    expect(row).toMatchObject({ status: 'open', taskForce: 'TX', arrests: [{ incident: TX_A }] });
    expect(reports.columns.map((c) => c.value(row))).toEqual([
      'TX',
      ['DEA', 'CBP'],
      '2026-04-01T00:00:00.000Z',
      '2026-04-30T00:00:00.000Z',
    ]);
  });

  it('applies an event of a report never opened, and events of other aggregates, as nothing', async () => {
    const sweep = reportStream(SWEEP);
    sweep.opened();
    const writer = await applyAll([
      sweep.arrests('FBI', [arrest(TX_A)]),
      projected(assigned, 'tasking-1', 0),
      { ...projected(assigned, 'report-x', 0), type: 'ArrestTallyReported', data: {} },
    ]);
    expect(writer.documents.size).toBe(0);
  });
});
