import { randomUUID } from 'node:crypto';
import {
  ArrestInput,
  emptyFigures,
  ReportCommand,
  reportDecider,
  reportStreamId,
  ReportState,
} from '@hstf/domain';
import { PRESS_LABELS, RunningProjector, startProjector } from '@hstf/projections';
import { ProjectionHarness, ReadModelDatabase } from './harness';
import { ScenarioWriter } from './scenario-writer';

// PGlite's dynamic imports need to run outside Jest's module sandbox (see that helper).
jest.mock('@electric-sql/pglite', () =>
  jest
    .requireActual<typeof import('../../conformance/pglite-outside-jest-sandbox')>(
      '../../conformance/pglite-outside-jest-sandbox',
    )
    .nativePglite(),
);

// The tallies' queries over the read model the runner builds from the store, on both databases: the
// figures per tier, the sources paged by incident reference, and the press summary of a period.

const CASE = { court: 'txsd', caseNumber: '4:26-cr-00123' };
const ref = (state: string, n: number) => `HSTF-${state}-2026-${String(n).padStart(6, '0')}`;
const arrest = (incident: string): ArrestInput => ({
  incident,
  affiliation: { kind: 'gang', name: 'Tren de Aragua' },
  evidence: ['intelligence'],
});

interface Story {
  readonly sweep: string;
  readonly corridor: string;
  readonly desert: string;
}

async function writeStory(writer: ScenarioWriter): Promise<Story> {
  const story = { sweep: randomUUID(), corridor: randomUUID(), desert: randomUUID() };
  const run = (reportId: string, command: Omit<ReportCommand, 'meta'>, agency?: string) =>
    writer.run<ReportCommand, never, ReportState>(reportDecider as never, reportStreamId(reportId), {
      ...command,
      meta: writer.meta(agency),
    } as ReportCommand);
  const open = (reportId: string, taskForce: string, participants: string[], from: string, to: string) =>
    run(reportId, {
      type: 'OpenReport',
      data: {
        reportId,
        taskForce,
        operation: `Operation ${reportId.slice(0, 4)}`,
        period: { from, to },
        participants,
        context: { taskForceMembers: participants },
      },
    });
  const report = (reportId: string, agency: string, incidents: string[]) =>
    run(
      reportId,
      { type: 'ReportArrests', data: { reportId, reportingAgency: agency, arrests: incidents.map(arrest) } },
      agency,
    );
  await open(story.sweep, 'TX', ['FBI', 'ICE-HSI'], '2026-02-01T00:00:00Z', '2026-02-28T00:00:00Z');
  await open(story.corridor, 'TX', ['DEA'], '2026-05-01T00:00:00Z', '2026-05-31T00:00:00Z');
  await open(story.desert, 'AZ', ['DEA'], '2026-02-10T00:00:00Z', '2026-02-20T00:00:00Z');
  await report(
    story.sweep,
    'FBI',
    [1, 2, 3, 4, 5].map((n) => ref('TX', n)),
  );
  await report(story.sweep, 'ICE-HSI', [ref('TX', 1)]);
  await report(story.corridor, 'DEA', [ref('TX', 1), ref('TX', 6)]);
  await report(story.desert, 'DEA', [ref('AZ', 1)]);
  await run(story.sweep, {
    type: 'ChargeArrests',
    data: { reportId: story.sweep, incidents: [ref('TX', 1), ref('TX', 2)], charging: CASE },
  });
  await run(story.sweep, {
    type: 'VerifyArrestsInCourt',
    data: {
      reportId: story.sweep,
      incidents: [ref('TX', 2)],
      docket: { ...CASE, entry: 57 },
      outcome: 'convicted',
    },
  });
  await run(story.sweep, {
    type: 'ProveAffiliation',
    data: {
      reportId: story.sweep,
      incidents: [ref('TX', 2)],
      docket: { ...CASE, entry: 112 },
      finding: 'Jury special verdict: member of the enterprise (count 1)',
    },
  });
  return story;
}

describe.each<ReadModelDatabase>(['postgres', 'pglite'])('the tallies read model on %s', (kind) => {
  let harness: ProjectionHarness;
  let projector: RunningProjector;
  let story: Story;
  let last: bigint;

  beforeAll(async () => {
    harness = await ProjectionHarness.open(`rm_tallies_${kind}`, kind);
    const writer = new ScenarioWriter(harness.store, '2026-03-01T08:00:00.000Z');
    story = await writeStory(writer);
    last = writer.lastPosition;
    projector = await startProjector({
      db: harness.readModels,
      source: { kind: 'event-store', store: harness.store },
    });
    await harness.untilCaughtUp(last);
  }, 60_000);

  afterAll(async () => {
    await projector?.stop();
    await harness?.close();
  });

  it('answers the figures per tier, each incident once, and where the read model stands', async () => {
    const national = await harness.queries.tally('national');
    expect(national).toMatchObject({
      scope: 'national',
      asOf: { position: last.toString() },
      incidents: 7,
      tiers: {
        reported: { arrests: 7 },
        charged: { arrests: 2 },
        courtVerified: { arrests: 1 },
      },
      affiliations: { alleged: { gang: 7 }, proved: { gang: 1 } },
      shareOfReported: { charged: 0.2857, courtVerified: 0.1429 },
    });
    expect(national.sources.items.map((s) => s.incident)).toEqual([
      ref('AZ', 1),
      ...[1, 2, 3, 4, 5, 6].map((n) => ref('TX', n)),
    ]);
    const first = national.sources.items.find((s) => s.incident === ref('TX', 1));
    expect(first).toMatchObject({
      tier: 'charged',
      reportedBy: ['FBI', 'ICE-HSI', 'DEA'],
      reports: [story.sweep, story.corridor],
      charging: CASE,
    });
    expect(first?.eventIds).toHaveLength(4);
    expect(national.sources.items.find((s) => s.incident === ref('TX', 2))).toMatchObject({
      tier: 'courtVerified',
      docket: { ...CASE, entry: 57 },
      outcome: 'convicted',
    });
  });

  it('keeps each state and agency to its own incidents', async () => {
    const az = await harness.queries.tally('state:AZ');
    expect(az.sources.items.map((s) => s.incident)).toEqual([ref('AZ', 1)]);
    const ice = await harness.queries.tally('agency:ICE-HSI');
    expect(ice).toMatchObject({ incidents: 1, tiers: { reported: { arrests: 1 }, charged: { arrests: 1 } } });
    expect(ice.sources.items.map((s) => s.incident)).toEqual([ref('TX', 1)]);
    const dea = await harness.queries.tally('agency:DEA');
    expect(dea.sources.items.map((s) => s.incident)).toEqual([ref('AZ', 1), ref('TX', 1), ref('TX', 6)]);
    const none = await harness.queries.tally('agency:ATF');
    expect(none).toMatchObject({ incidents: 0, tiers: emptyFigures().tiers, sources: { items: [] } });
  });

  it('lists the sources of a tier and those after it, in pages by incident reference', async () => {
    const charged = await harness.queries.tally('state:TX', { tier: 'charged' });
    expect(charged.sources.items.map((s) => [s.incident, s.tier])).toEqual([
      [ref('TX', 1), 'charged'],
      [ref('TX', 2), 'courtVerified'],
    ]);
    const pages: string[][] = [];
    let after: string | undefined;
    do {
      const page = await harness.queries.tally('national', { limit: 3, ...(after ? { after } : {}) });
      pages.push(page.sources.items.map((s) => s.incident));
      after = page.sources.next;
    } while (after !== undefined);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toHaveLength(7);
  });

  it('shows a reader only the reports it may read behind an incident it counts', async () => {
    const tally = await harness.queries.tally('agency:ICE-HSI', {
      mayReadReport: (scope) => scope.agencies.includes('ICE-HSI'),
    });
    expect(tally.sources.items).toEqual([
      expect.objectContaining({
        incident: ref('TX', 1),
        reportedBy: ['FBI', 'ICE-HSI'],
        reports: [story.sweep],
      }),
    ]);
    expect(tally.sources.items[0].eventIds).toHaveLength(3);
  });

  it('summarises the reports of a period for the press, each tier labelled with its court records', async () => {
    const summary = await harness.queries.pressSummary({
      state: 'TX',
      from: '2026-02-15T00:00:00Z',
      to: '2026-03-31T00:00:00Z',
    });
    expect(summary.reports.map((r) => r.reportId)).toEqual([story.sweep]);
    expect(summary).toMatchObject({
      scope: 'state:TX',
      asOf: { position: last.toString() },
      figures: {
        reported: { tier: 'reported', label: PRESS_LABELS.reported, arrests: 5 },
        charged: {
          tier: 'charged',
          arrests: 2,
          chargingDocuments: [{ ...CASE, arrests: 2 }],
        },
        courtVerified: {
          tier: 'courtVerified',
          arrests: 1,
          dockets: [{ ...CASE, entry: 57, outcome: 'convicted', arrests: 1 }],
        },
      },
      affiliations: {
        alleged: { label: PRESS_LABELS.alleged, byKind: { gang: 5 } },
        proved: { byKind: { gang: 1 }, dockets: [{ ...CASE, entry: 112, arrests: 1 }] },
      },
    });
    const national = await harness.queries.pressSummary({});
    expect(national.reports).toHaveLength(3);
    expect(national.figures.reported.arrests).toBe(7);
  });
});
