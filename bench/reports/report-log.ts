import {
  chainEvents,
  envelopeDecision,
  eventId,
  eventRegistry,
  EventTypeRegistry,
  GENESIS_HASH,
  toNewEvent,
} from '@hstf/contracts';
import {
  AffiliationKind,
  ArrestInput,
  ReportCommand,
  reportDecider,
  ReportEvent,
  ReportState,
  reportStreamId,
} from '@hstf/domain';
import type { EventStore } from '@hstf/event-store';

export interface ReportLogOptions {
  readonly reports: number;
  readonly arrestsPerReport: number;
  readonly states: readonly { readonly state: string; readonly court: string }[];
  readonly agencies: readonly string[];
}

export interface ReportLog {
  readonly reports: number;
  readonly events: number;
  /** Distinct incidents with an arrest: the national reported figure the read model must show. */
  readonly reportedArrests: number;
  readonly chargedArrests: number;
  readonly courtVerifiedArrests: number;
  readonly lastPosition: bigint;
}

const KINDS: readonly AffiliationKind[] = ['cartel', 'gang', 'smuggling', 'trafficking'];

/**
 * The operations of many task forces, decided by the report decider and enveloped and hash-chained as the
 * command path does: each report has one agency's arrests, a second participant's report of a tenth of
 * them (the same incidents, counted once), seizures, and for some reports a charge of a third of its
 * arrests with part of them verified in court; every twentieth report also holds ten of the previous
 * report's incidents of its state again. Appended report by report, one append per command.
 */
export async function writeReportLog(store: EventStore, options: ReportLogOptions): Promise<ReportLog> {
  const { states, agencies, arrestsPerReport } = options;
  let events = 0;
  let charged = 0;
  let verified = 0;
  let lastPosition = -1n;
  const serial = new Map<string, number>();
  const previous = new Map<string, string[]>();
  const now = '2026-06-01T12:00:00.000Z';
  for (let k = 0; k < options.reports; k++) {
    const { state, court } = states[k % states.length];
    const reportId = eventId('bench-reports', k);
    const streamId = reportStreamId(reportId);
    const participants = [0, 1, 2].map((i) => agencies[(k + i * 3) % agencies.length]);
    let stateNow: ReportState = reportDecider.initialState;
    let hash = GENESIS_HASH;
    let revision = -1n;
    let commands = 0;
    const run = async (data: Record<string, unknown>, type: ReportCommand['type'], actorAgency?: string) => {
      const command = { type, data: { reportId, ...data }, meta: { now, ...(actorAgency ? { actorAgency } : {}) } };
      const decision = reportDecider.decide(command as ReportCommand, stateNow);
      if (!decision.ok) throw new Error(`${type} on report ${k} refused: ${decision.error.message}`);
      const commandId = eventId(`bench-reports-${k}`, commands++);
      const drafts = envelopeDecision({
        registry: eventRegistry as unknown as EventTypeRegistry<ReportEvent>,
        decider: reportDecider,
        stateBefore: stateNow,
        streamId,
        events: decision.events,
        metadata: {
          actor: { sub: 'bench@hstf.local', role: 'operator' },
          commandId,
          correlationId: commandId,
          causationId: commandId,
          occurredAt: now,
        },
      });
      const chained = chainEvents(hash, revision + 1n, drafts);
      const result = await store.append(streamId, chained.map(toNewEvent), revision < 0n ? 'no_stream' : revision);
      stateNow = decision.events.reduce(reportDecider.evolve, stateNow);
      hash = chained[chained.length - 1].metadata.hash;
      revision = result.nextExpectedRevision as bigint;
      if (result.position > lastPosition) lastPosition = result.position;
      events += chained.length;
    };
    const incidents = Array.from({ length: arrestsPerReport }, () => {
      const n = (serial.get(state) ?? 0) + 1;
      serial.set(state, n);
      return `HSTF-${state}-2026-${String(n).padStart(6, '0')}`;
    });
    const arrest = (incident: string): ArrestInput => ({
      incident,
      affiliation: { kind: KINDS[Number(incident.slice(-6)) % KINDS.length], name: 'Cartel del Noreste' },
      evidence: ['intelligence'],
    });
    await run(
      {
        taskForce: state,
        operation: `Operation ${k + 1}`,
        period: {
          from: new Date(Date.UTC(2026, 0, 1) + (k % 120) * 86_400_000).toISOString(),
          to: new Date(Date.UTC(2026, 0, 15) + (k % 120) * 86_400_000).toISOString(),
        },
        participants,
        context: { taskForceMembers: participants },
      },
      'OpenReport',
    );
    await run({ reportingAgency: participants[0], arrests: incidents.map((incident) => arrest(incident)) }, 'ReportArrests', participants[0]);
    const again = incidents.filter((_, i) => i % 10 === 0);
    await run({ reportingAgency: participants[1], arrests: again.map((incident) => arrest(incident)) }, 'ReportArrests', participants[1]);
    const heldBefore = previous.get(state);
    if (k % 20 === 19 && heldBefore) {
      await run({ reportingAgency: participants[2], arrests: heldBefore.slice(0, 10).map((incident) => arrest(incident)) }, 'ReportArrests', participants[2]);
    }
    await run(
      {
        reportingAgency: participants[2],
        seizures: incidents
          .filter((_, i) => i % 5 === 0)
          .map((incident, i) => ({ incident, kind: 'drugs', drug: 'fentanyl', quantity: 0.25 + (i % 7) })),
      },
      'ReportSeizures',
      participants[2],
    );
    if (k % 2 === 0) {
      const charging = { court, caseNumber: `1:26-cr-${String(k + 1).padStart(5, '0')}` };
      const indicted = incidents.filter((_, i) => i % 3 === 0);
      await run({ incidents: indicted, charging }, 'ChargeArrests');
      const onDocket = indicted.filter((_, i) => i % 3 === 0);
      await run({ incidents: onDocket, docket: { ...charging, entry: 12 }, outcome: 'convicted' }, 'VerifyArrestsInCourt');
      charged += indicted.length;
      verified += onDocket.length;
    }
    previous.set(state, incidents);
  }
  return {
    reports: options.reports,
    events,
    reportedArrests: options.reports * arrestsPerReport,
    chargedArrests: charged,
    courtVerifiedArrests: verified,
    lastPosition,
  };
}
