import { deciderSpec } from '../shared/decider-spec';
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
  reviseCmd,
} from './report.fixtures';
import { OpenedReport } from './state';

const spec = deciderSpec(reportDecider);
const reported = [opened, arrestsReported([arrest(INCIDENT_A), arrest(INCIDENT_B)])];

describe('a revision says why and what changed', () => {
  it('adds an arrest the tally lacked, withdraws one reported in error, corrects an allegation', () => {
    const changes = {
      addArrests: [{ ...arrest(INCIDENT_C), reportedBy: 'TX-DPS' }],
      withdrawArrests: [INCIDENT_B],
      correctAffiliations: [
        { incident: INCIDENT_A, affiliation: { kind: 'gang' as const, name: 'Tango Blast' } },
      ],
    };
    const when = spec.given(reported).when(reviseCmd(changes));
    when.then([
      {
        type: 'ReportRevised',
        data: {
          reportId: REPORT_ID,
          taskForce: 'TX',
          reason: 'Reconciled with the indictment.',
          changes: {
            addedArrests: changes.addArrests,
            withdrawnArrests: [INCIDENT_B],
            correctedAffiliations: changes.correctAffiliations,
          },
          revisedAt: NOW,
        },
      },
    ]);
    const state = when.state() as OpenedReport;
    expect(state.arrests.map((a) => [a.incident, a.affiliation.kind, a.reportedBy])).toEqual([
      [INCIDENT_A, 'gang', ['FBI']],
      [INCIDENT_C, 'cartel', ['TX-DPS']],
    ]);
  });

  it('lets a charge exceed the operational tally only through a revision that adds the arrest', () => {
    const state = spec
      .given(reported)
      .when(reviseCmd({ addArrests: [{ ...arrest(INCIDENT_C), reportedBy: 'FBI' }] }))
      .state();
    const decision = reportDecider.decide(
      {
        type: 'ChargeArrests',
        data: {
          reportId: REPORT_ID,
          incidents: [INCIDENT_A, INCIDENT_B, INCIDENT_C],
          charging: { court: 'txsd', caseNumber: '4:26-cr-00123' },
        },
        meta: { now: NOW },
      },
      state,
    );
    expect(decision.ok).toBe(true);
  });

  it('never withdraws a charged arrest, so counts never go below a later tier (or below zero)', () => {
    spec
      .given([...reported, charged([INCIDENT_A])])
      .when(reviseCmd({ withdrawArrests: [INCIDENT_A] }))
      .thenRefuses('REPORT_WITHDRAW_CHARGED');
    spec
      .given(reported)
      .when(reviseCmd({ withdrawArrests: [INCIDENT_C] }))
      .thenRefuses('REPORT_INCIDENT_NOT_REPORTED');
  });

  it('refuses a revision without a change or without a reason', () => {
    spec.given(reported).when(reviseCmd({})).thenRefuses('REPORT_NO_CHANGES');
    spec
      .given(reported)
      .when(reviseCmd({ withdrawArrests: [INCIDENT_B] }, ' '))
      .thenRefuses('REPORT_BLANK_FIELD');
  });

  it('refuses to add an arrest the report holds, or one by an agency not taking part', () => {
    spec
      .given(reported)
      .when(reviseCmd({ addArrests: [{ ...arrest(INCIDENT_A), reportedBy: 'FBI' }] }))
      .thenRefuses('REPORT_ALREADY_REPORTED');
    spec
      .given(reported)
      .when(reviseCmd({ addArrests: [{ ...arrest(INCIDENT_C), reportedBy: 'CBP' }] }))
      .thenRefuses('REPORT_NOT_PARTICIPATING');
  });

  it('refuses to change one incident twice in one revision', () => {
    spec
      .given(reported)
      .when(
        reviseCmd({
          withdrawArrests: [INCIDENT_B],
          correctAffiliations: [{ incident: INCIDENT_B, affiliation: { kind: 'gang' } }],
        }),
      )
      .thenRefuses('REPORT_DUPLICATE_INCIDENT');
  });

  it('refuses to withdraw a seizure the report does not hold', () => {
    spec
      .given(reported)
      .when(reviseCmd({ withdrawSeizures: [{ incident: INCIDENT_A, kind: 'firearms' }] }))
      .thenRefuses('REPORT_SEIZURE_NOT_REPORTED');
  });
});
