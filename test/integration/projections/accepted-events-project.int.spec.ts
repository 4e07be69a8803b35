import { randomUUID } from 'node:crypto';
import {
  commitmentDecider,
  commitmentStreamId,
  directiveDecider,
  directiveStreamId,
  memberAgencies,
  OpenedReport,
  reportDecider,
  reportStreamId,
  ReportState,
  taskForceDecider,
  taskForceStreamId,
  taskingDecider,
  taskingStreamId,
} from '@hstf/domain';
import { ALL_PROJECTIONS, RunningProjector, startProjector } from '@hstf/projections';
import fc from 'fast-check';
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

// "Anything the API accepts, every read model must be able to apply": the deciders are what accepts, so
// commands with values drawn at random (any code point, any instant from 1900 to 2300, any double) are
// decided, whatever is accepted is appended, and every projection must apply every event of it, on
// PostgreSQL (distributed profile) and on PGlite (embedded), leaving no dead letter behind.

const STATES = ['TX', 'AZ'] as const;
const AGENCIES = ['FBI', 'DEA', 'CBP', 'ICE-HSI', 'TX-DPS'] as const;

// Mostly values a real client sends, so that enough is accepted to reach every projection; the rest at
// the edges and past them, where a storable value and a refused one meet.
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Surge on I-35',
      'agents\u200b',
      'a\u0000b',
      'x\uD800',
      'Cafe\u0301',
      '\u202eevil',
      'Line\nbreak',
    ),
  },
);
const DAY = 86_400_000;
const instant = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .integer({ min: -10 * DAY, max: 60 * DAY })
      .map((ms) => new Date(Date.now() + ms).toISOString()),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2300, 0, 1) })
      .map((ms) => new Date(ms).toISOString()),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '0000-01-01T00:00:00Z',
      '2026-02-30T00:00:00Z',
      '2199-12-31T23:59:59.999999999Z',
      '1970-01-01T00:00:00+01:00',
    ),
  },
);
const quantity = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 1000 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.constantFrom(1e308, 5e-324, 0.001, 1_000_000_000) },
);
const agency = fc.constantFrom(...AGENCIES);
const state = fc.constantFrom(...STATES);

type Step =
  | {
      kind: 'directive';
      title: string;
      body: string;
      effectiveAt: string;
      acknowledgeBy: string;
      state: string;
      agency: string;
    }
  | { kind: 'acknowledge'; agency: string; note: string }
  | { kind: 'tasking'; state: string; lead: string; title: string; objective: string; dueAt: string }
  | { kind: 'progress'; summary: string; percent: number }
  | {
      kind: 'pledge';
      state: string;
      agency: string;
      quantity: number;
      unit: string;
      from: string;
      to: string;
    }
  | { kind: 'deliver'; quantity: number; deliveredAt: string; note: string }
  | { kind: 'report'; state: string; operation: string; from: string; to: string }
  | { kind: 'arrests'; agency: string; incidents: number[]; organisation: string }
  | { kind: 'seizure'; agency: string; incident: number; quantity: number }
  | {
      kind: 'court';
      step: 'charge' | 'verify' | 'prove';
      incidents: number[];
      entry: number;
      finding: string;
    }
  | { kind: 'revise'; reason: string; withdraw: number; add: number; agency: string };

// Few incident numbers, so that reports hold the same incidents and revisions meet reported ones.
const incidentNumber = fc.integer({ min: 1, max: 12 });

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('directive' as const),
    title: text,
    body: text,
    effectiveAt: instant,
    acknowledgeBy: instant,
    state,
    agency,
  }),
  fc.record({ kind: fc.constant('acknowledge' as const), agency, note: text }),
  fc.record({
    kind: fc.constant('tasking' as const),
    state,
    lead: agency,
    title: text,
    objective: text,
    dueAt: instant,
  }),
  fc.record({
    kind: fc.constant('progress' as const),
    summary: text,
    percent: fc.integer({ min: -5, max: 120 }),
  }),
  fc.record({
    kind: fc.constant('pledge' as const),
    state,
    agency,
    quantity,
    unit: text,
    from: instant,
    to: instant,
  }),
  fc.record({ kind: fc.constant('deliver' as const), quantity, deliveredAt: instant, note: text }),
  fc.record({ kind: fc.constant('report' as const), state, operation: text, from: instant, to: instant }),
  fc.record({
    kind: fc.constant('arrests' as const),
    agency,
    incidents: fc.uniqueArray(incidentNumber, { minLength: 1, maxLength: 4 }),
    organisation: text,
  }),
  fc.record({ kind: fc.constant('seizure' as const), agency, incident: incidentNumber, quantity }),
  fc.record({
    kind: fc.constant('court' as const),
    step: fc.constantFrom('charge' as const, 'verify' as const, 'prove' as const),
    incidents: fc.uniqueArray(incidentNumber, { minLength: 1, maxLength: 3 }),
    entry: fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.integer()),
    finding: text,
  }),
  fc.record({
    kind: fc.constant('revise' as const),
    reason: text,
    withdraw: incidentNumber,
    add: incidentNumber,
    agency,
  }),
);

const CASE = { court: 'txsd', caseNumber: '4:26-cr-00123' };

/** Decides one step against what exists so far; appends it when the decider accepts. */
async function apply(
  writer: ScenarioWriter,
  made: { directives: string[]; taskings: string[]; commitments: string[]; reports: string[] },
  s: Step,
) {
  const last = <T>(list: T[]) => list.at(-1);
  const lastReport = (): OpenedReport | undefined => {
    const reportId = last(made.reports);
    if (!reportId) return undefined;
    const report = writer.state<ReportState>(reportDecider, reportStreamId(reportId));
    return report.status === 'open' ? report : undefined;
  };
  const incident = (report: OpenedReport, n: number) =>
    `HSTF-${report.taskForce}-2026-${String(n).padStart(6, '0')}`;
  const onReport = (report: OpenedReport, type: string, data: object, actorAgency?: string) =>
    writer.tryRun(reportDecider, reportStreamId(report.reportId), {
      type,
      data: { reportId: report.reportId, ...data },
      meta: writer.meta(actorAgency),
    } as never);
  switch (s.kind) {
    case 'directive': {
      const directiveId = randomUUID();
      const issued = await writer.tryRun(directiveDecider, directiveStreamId(directiveId), {
        type: 'IssueDirective',
        data: {
          directiveId,
          title: s.title,
          body: s.body,
          priority: 'priority',
          addressees: { states: [s.state], agencies: [s.agency] },
          authority: 'EO 14159 sec. 3(b)',
          effectiveAt: s.effectiveAt,
          acknowledgeBy: s.acknowledgeBy,
        },
        meta: writer.meta(),
      });
      if (issued) made.directives.push(directiveId);
      return;
    }
    case 'acknowledge': {
      const directiveId = last(made.directives);
      if (!directiveId) return;
      await writer.tryRun(directiveDecider, directiveStreamId(directiveId), {
        type: 'AcknowledgeDirective',
        data: { directiveId, addressee: { kind: 'agency', code: s.agency }, note: s.note },
        meta: writer.meta(s.agency),
      });
      return;
    }
    case 'tasking': {
      const taskingId = randomUUID();
      const members = memberAgencies(writer.state(taskForceDecider, taskForceStreamId(s.state)));
      const assigned = await writer.tryRun(taskingDecider, taskingStreamId(taskingId), {
        type: 'AssignTasking',
        data: {
          taskingId,
          taskForce: s.state,
          leadAgency: s.lead,
          supportingAgencies: [],
          objective: s.objective,
          title: s.title,
          instructions: 'Surveil and report.',
          dueAt: s.dueAt,
          context: { taskForceMembers: members },
        },
        meta: writer.meta(),
      });
      if (assigned) made.taskings.push(taskingId);
      return;
    }
    case 'progress': {
      const taskingId = last(made.taskings);
      if (!taskingId) return;
      const lead = (writer.state(taskingDecider, taskingStreamId(taskingId)) as { leadAgency?: string })
        .leadAgency;
      await writer.tryRun(taskingDecider, taskingStreamId(taskingId), {
        type: 'AcceptTasking',
        data: { taskingId },
        meta: writer.meta(lead),
      });
      await writer.tryRun(taskingDecider, taskingStreamId(taskingId), {
        type: 'ReportTaskingProgress',
        data: { taskingId, summary: s.summary, percentComplete: s.percent },
        meta: writer.meta(lead),
      });
      return;
    }
    case 'pledge': {
      const commitmentId = randomUUID();
      const members = memberAgencies(writer.state(taskForceDecider, taskForceStreamId(s.state)));
      const pledged = await writer.tryRun(commitmentDecider, commitmentStreamId(commitmentId), {
        type: 'PledgeSupport',
        data: {
          commitmentId,
          agency: s.agency,
          taskForce: s.state,
          kind: 'personnel',
          quantity: s.quantity,
          unit: s.unit,
          period: { from: s.from, to: s.to },
          appropriation: 'available',
          context: { taskForceMembers: members },
        },
        meta: writer.meta(s.agency),
      });
      if (pledged) made.commitments.push(commitmentId);
      return;
    }
    case 'deliver': {
      const commitmentId = last(made.commitments);
      if (!commitmentId) return;
      await writer.tryRun(commitmentDecider, commitmentStreamId(commitmentId), {
        type: 'RecordDelivery',
        data: {
          commitmentId,
          deliveryId: randomUUID(),
          quantity: s.quantity,
          deliveredAt: s.deliveredAt,
          note: s.note,
        },
        meta: writer.meta(),
      });
      return;
    }
    case 'report': {
      const reportId = randomUUID();
      const members = memberAgencies(writer.state(taskForceDecider, taskForceStreamId(s.state)));
      const opened = await writer.tryRun(reportDecider, reportStreamId(reportId), {
        type: 'OpenReport',
        data: {
          reportId,
          taskForce: s.state,
          operation: s.operation,
          period: { from: s.from, to: s.to },
          participants: members,
          context: { taskForceMembers: members },
        },
        meta: writer.meta(),
      });
      if (opened) made.reports.push(reportId);
      return;
    }
    case 'arrests': {
      const report = lastReport();
      if (!report) return;
      await onReport(
        report,
        'ReportArrests',
        {
          reportingAgency: s.agency,
          arrests: s.incidents.map((n) => ({
            incident: incident(report, n),
            affiliation: { kind: 'cartel', name: s.organisation },
            evidence: ['intelligence'],
          })),
        },
        s.agency,
      );
      return;
    }
    case 'seizure': {
      const report = lastReport();
      if (!report) return;
      await onReport(
        report,
        'ReportSeizures',
        {
          reportingAgency: s.agency,
          seizures: [
            { incident: incident(report, s.incident), kind: 'drugs', drug: 'fentanyl', quantity: s.quantity },
          ],
        },
        s.agency,
      );
      return;
    }
    case 'court': {
      const report = lastReport();
      if (!report) return;
      // Mostly arrests the report holds, so that charges, verifications and findings are accepted.
      const held = report.arrests.map((a) => a.incident);
      const incidents = [
        ...new Set(
          s.incidents.map((n) =>
            held.length > 0 && n % 4 !== 0 ? held[n % held.length] : incident(report, n),
          ),
        ),
      ];
      const docket = { ...CASE, entry: s.entry };
      if (s.step === 'charge') await onReport(report, 'ChargeArrests', { incidents, charging: CASE });
      else if (s.step === 'verify')
        await onReport(report, 'VerifyArrestsInCourt', { incidents, docket, outcome: 'convicted' });
      else await onReport(report, 'ProveAffiliation', { incidents, docket, finding: s.finding });
      return;
    }
    case 'revise': {
      const report = lastReport();
      if (!report) return;
      await onReport(report, 'ReviseReport', {
        reason: s.reason,
        changes: {
          withdrawArrests: [incident(report, s.withdraw)],
          withdrawSeizures: [{ incident: incident(report, s.withdraw), kind: 'drugs', drug: 'fentanyl' }],
        },
      });
      await onReport(report, 'ReviseReport', {
        reason: s.reason,
        changes: {
          addArrests: [
            {
              incident: incident(report, s.add),
              affiliation: { kind: 'gang' },
              evidence: ['witness-statements'],
              reportedBy: s.agency,
            },
          ],
        },
      });
    }
  }
}

describe.each<ReadModelDatabase>(['postgres', 'pglite'])(
  'every accepted event projects (%s read models)',
  (kind) => {
    let harness: ProjectionHarness;
    let projector: RunningProjector;
    let writer: ScenarioWriter;

    beforeAll(async () => {
      harness = await ProjectionHarness.open(`accepted_${kind}`, kind);
      // The clock of the writer is now, so that random instants fall on both sides of it.
      writer = new ScenarioWriter(harness.store, new Date().toISOString());
      for (const st of STATES) {
        await writer.run(taskForceDecider, taskForceStreamId(st), {
          type: 'EstablishTaskForce',
          data: { state: st, dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' },
          meta: writer.meta(),
        });
        await writer.run(taskForceDecider, taskForceStreamId(st), {
          type: 'EnrollMemberAgency',
          data: { state: st, agency: 'CBP', capabilities: ['law-enforcement'] },
          meta: writer.meta(),
        });
      }
      projector = await startProjector({
        db: harness.readModels,
        source: { kind: 'event-store', store: harness.store },
      });
    }, 60_000);

    afterAll(async () => {
      await projector?.stop();
      await harness?.close();
    });

    it('applies every event of random commands the deciders accept, with no dead letter', async () => {
      const made = {
        directives: [] as string[],
        taskings: [] as string[],
        commitments: [] as string[],
        reports: [] as string[],
      };
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
          for (const s of steps) await apply(writer, made, s);
          await harness.untilCaughtUp(writer.lastPosition);
          const dead = await harness.readModels.query<{
            projection: string;
            event_type: string;
            error: string;
          }>(`SELECT projection, event_type, error FROM read_models.projection_dead_letters`);
          expect(dead).toEqual([]);
        }),
        { numRuns: 25, seed: 20261202 },
      );
      // Not a run of refusals: the deciders accepted enough to reach every projection.
      expect(made.directives.length + made.taskings.length + made.commitments.length).toBeGreaterThan(10);
      expect(made.reports.length).toBeGreaterThan(3);
      const national = await harness.queries.tally('national');
      expect(national.tiers.charged.arrests).toBeGreaterThan(0);
      const statuses = await harness.queries.statuses();
      expect(statuses.map((s) => s.projection).sort()).toEqual(ALL_PROJECTIONS.map((p) => p.name).sort());
    }, 300_000);
  },
);
