import { CommandMeta } from '../shared';
import {
  ArrestInput,
  ChargeArrests,
  OpenReport,
  ProveAffiliation,
  ReportArrests,
  ReportSeizures,
  ReviseReport,
  SeizureInput,
  VerifyArrestsInCourt,
} from './commands';
import { ReportEvent } from './events';

// Operation Lone Star Sweep of the Texas task force: the FBI, ICE-HSI and the Texas DPS take part.
export const REPORT_ID = '7b1f3a52-4c0e-4d8a-9e61-2f5a8c9d0b14';
export const NOW = '2026-03-10T12:00:00.000Z';
export const PERIOD = { from: '2026-02-01T00:00:00.000Z', to: '2026-02-28T23:59:59.000Z' };
export const PARTICIPANTS = ['FBI', 'ICE-HSI', 'TX-DPS'];
export const INCIDENT_A = 'HSTF-TX-2026-000101';
export const INCIDENT_B = 'HSTF-TX-2026-000102';
export const INCIDENT_C = 'HSTF-TX-2026-000103';
export const CASE = { court: 'txsd', caseNumber: '4:26-cr-00123' };
export const DOCKET = { ...CASE, entry: 57 };

export const by = (actorAgency?: string): CommandMeta =>
  actorAgency ? { now: NOW, actorAgency } : { now: NOW };

export const arrest = (incident: string, overrides: Partial<ArrestInput> = {}): ArrestInput => ({
  incident,
  affiliation: { kind: 'cartel', name: 'Cartel del Noreste' },
  evidence: ['intelligence', 'communications'],
  ...overrides,
});

export const openCmd = (overrides: Partial<OpenReport['data']> = {}): OpenReport => ({
  type: 'OpenReport',
  data: {
    reportId: REPORT_ID,
    taskForce: 'TX',
    operation: 'Operation Lone Star Sweep',
    period: PERIOD,
    participants: PARTICIPANTS,
    context: { taskForceMembers: ['DOJ', 'DHS', ...PARTICIPANTS] },
    ...overrides,
  },
  meta: by(),
});

export const arrestsCmd = (
  arrests: readonly ArrestInput[],
  reportingAgency = 'FBI',
  actor: string | undefined = reportingAgency,
): ReportArrests => ({
  type: 'ReportArrests',
  data: { reportId: REPORT_ID, reportingAgency, arrests },
  meta: by(actor),
});

export const seizuresCmd = (
  seizures: readonly SeizureInput[],
  reportingAgency = 'FBI',
  actor: string | undefined = reportingAgency,
): ReportSeizures => ({
  type: 'ReportSeizures',
  data: { reportId: REPORT_ID, reportingAgency, seizures },
  meta: by(actor),
});

export const chargeCmd = (incidents: readonly string[], charging = CASE, actor?: string): ChargeArrests => ({
  type: 'ChargeArrests',
  data: { reportId: REPORT_ID, incidents, charging },
  meta: by(actor),
});

export const verifyCmd = (
  incidents: readonly string[],
  docket = DOCKET,
  outcome: VerifyArrestsInCourt['data']['outcome'] = 'indicted',
  actor?: string,
): VerifyArrestsInCourt => ({
  type: 'VerifyArrestsInCourt',
  data: { reportId: REPORT_ID, incidents, docket, outcome },
  meta: by(actor),
});

export const proveCmd = (
  incidents: readonly string[],
  docket = { ...CASE, entry: 112 },
): ProveAffiliation => ({
  type: 'ProveAffiliation',
  data: {
    reportId: REPORT_ID,
    incidents,
    docket,
    finding: 'Jury special verdict: member of the enterprise (count 1)',
  },
  meta: by(),
});

export const reviseCmd = (
  changes: ReviseReport['data']['changes'],
  reason = 'Reconciled with the indictment.',
): ReviseReport => ({
  type: 'ReviseReport',
  data: { reportId: REPORT_ID, reason, changes },
  meta: by(),
});

export const opened: ReportEvent = {
  type: 'ReportOpened',
  data: {
    reportId: REPORT_ID,
    taskForce: 'TX',
    operation: 'Operation Lone Star Sweep',
    period: PERIOD,
    participants: PARTICIPANTS,
    openedAt: NOW,
  },
};

export const arrestsReported = (arrests: readonly ArrestInput[], reportingAgency = 'FBI'): ReportEvent => ({
  type: 'ArrestsReported',
  data: {
    reportId: REPORT_ID,
    taskForce: 'TX',
    reportingAgency,
    count: arrests.length,
    arrests,
    reportedAt: NOW,
  },
});

export const charged = (incidents: readonly string[], charging = CASE): ReportEvent => ({
  type: 'ArrestsCharged',
  data: {
    reportId: REPORT_ID,
    taskForce: 'TX',
    incidents,
    count: incidents.length,
    charging,
    chargedAt: NOW,
  },
});

export const verified = (incidents: readonly string[], docket = DOCKET): ReportEvent => ({
  type: 'ArrestsCourtVerified',
  data: {
    reportId: REPORT_ID,
    taskForce: 'TX',
    incidents,
    count: incidents.length,
    docket,
    outcome: 'indicted',
    verifiedAt: NOW,
  },
});
