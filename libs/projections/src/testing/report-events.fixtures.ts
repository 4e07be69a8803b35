import { ArrestInput, ReportEvent, ReportRevision, reportStreamId, ReportedSeizureInput } from '@hstf/domain';
import { ProjectedEvent } from '../events/projected-event';
import { projected } from './projected-events.fixtures';

// Operation Lone Star Sweep in Texas (the FBI, ICE-HSI and DPS), a second Texas operation of the DEA that
// holds one of the same incidents, and an Arizona operation: the tallies' stories.
export const SWEEP = '7b1f3a52-4c0e-4d8a-9e61-2f5a8c9d0b14';
export const CORRIDOR = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
export const DESERT = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
export const AT = '2026-03-10T12:00:00.000Z';
export const CASE = { court: 'txsd', caseNumber: '4:26-cr-00123' };
export const DOCKET = { ...CASE, entry: 57 };
export const TX_A = 'HSTF-TX-2026-000101';
export const TX_B = 'HSTF-TX-2026-000102';
export const TX_C = 'HSTF-TX-2026-000103';
export const AZ_A = 'HSTF-AZ-2026-000201';

interface ReportStory {
  readonly reportId: string;
  readonly taskForce: string;
  readonly participants: readonly string[];
  readonly period?: { readonly from: string; readonly to: string };
}

export const STORIES: Record<string, ReportStory> = {
  [SWEEP]: { reportId: SWEEP, taskForce: 'TX', participants: ['FBI', 'ICE-HSI', 'TX-DPS'] },
  [CORRIDOR]: {
    reportId: CORRIDOR,
    taskForce: 'TX',
    participants: ['DEA', 'CBP'],
    period: { from: '2026-04-01T00:00:00.000Z', to: '2026-04-30T00:00:00.000Z' },
  },
  [DESERT]: { reportId: DESERT, taskForce: 'AZ', participants: ['DEA', 'ATF'] },
};

export const arrest = (
  incident: string,
  kind: ArrestInput['affiliation']['kind'] = 'cartel',
): ArrestInput => ({
  incident,
  affiliation: { kind, name: 'Cartel del Noreste' },
  evidence: ['intelligence'],
});

/** The events of one report, each in its envelope at its place in the report's stream. */
export class ReportStream {
  private next = 0;
  constructor(readonly story: ReportStory) {}

  private event(type: ReportEvent['type'], data: Record<string, unknown>): ProjectedEvent {
    const { reportId, taskForce, participants } = this.story;
    const event = { type, data: { reportId, taskForce, ...data } } as ReportEvent;
    return projected(event, reportStreamId(reportId), this.next++, {
      states: [taskForce],
      agencies: [...participants],
    });
  }

  opened(): ProjectedEvent {
    const { participants, period } = this.story;
    return this.event('ReportOpened', {
      operation: 'Operation Lone Star Sweep',
      period: period ?? { from: '2026-02-01T00:00:00.000Z', to: '2026-02-28T23:59:59.000Z' },
      participants,
      openedAt: AT,
    });
  }

  arrests(reportingAgency: string, arrests: readonly ArrestInput[]): ProjectedEvent {
    return this.event('ArrestsReported', { reportingAgency, count: arrests.length, arrests, reportedAt: AT });
  }

  seizures(reportingAgency: string, seizures: readonly ReportedSeizureInput[]): ProjectedEvent {
    return this.event('SeizuresReported', { reportingAgency, seizures, reportedAt: AT });
  }

  charged(incidents: readonly string[], charging = CASE): ProjectedEvent {
    return this.event('ArrestsCharged', { incidents, count: incidents.length, charging, chargedAt: AT });
  }

  verified(incidents: readonly string[], docket = DOCKET): ProjectedEvent {
    return this.event('ArrestsCourtVerified', {
      incidents,
      count: incidents.length,
      docket,
      outcome: 'indicted',
      verifiedAt: AT,
    });
  }

  proved(incidents: readonly string[], docket = { ...CASE, entry: 112 }): ProjectedEvent {
    return this.event('AffiliationProved', {
      incidents,
      docket,
      finding: 'Jury special verdict: member of the enterprise (count 1)',
      provedAt: AT,
    });
  }

  revised(changes: ReportRevision): ProjectedEvent {
    return this.event('ReportRevised', { reason: 'Reconciled with the indictment.', changes, revisedAt: AT });
  }
}

export const reportStream = (reportId: string): ReportStream => new ReportStream(STORIES[reportId]);
