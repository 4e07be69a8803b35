import { deciderSpec } from '../shared/decider-spec';
import { reportDecider } from './report.decider';
import {
  arrest,
  arrestsReported,
  CASE,
  chargeCmd,
  charged,
  DOCKET,
  INCIDENT_A,
  INCIDENT_B,
  INCIDENT_C,
  NOW,
  opened,
  proveCmd,
  REPORT_ID,
  verifyCmd,
  verified,
} from './report.fixtures';
import { OpenedReport, tierOf } from './state';

const spec = deciderSpec(reportDecider);
const reported = [opened, arrestsReported([arrest(INCIDENT_A), arrest(INCIDENT_B)])];

describe('charging documents and dockets take arrests up the tiers, never past the tier before', () => {
  it('charges reported arrests with the charging document’s court and case number', () => {
    spec
      .given(reported)
      .when(chargeCmd([INCIDENT_A]))
      .then([
        {
          type: 'ArrestsCharged',
          data: {
            reportId: REPORT_ID,
            taskForce: 'TX',
            incidents: [INCIDENT_A],
            count: 1,
            charging: CASE,
            chargedAt: NOW,
          },
        },
      ]);
  });

  it('never charges more than was reported: an arrest the report lacks is added by a revision first', () => {
    const error = spec
      .given(reported)
      .when(chargeCmd([INCIDENT_A, INCIDENT_C]))
      .thenRefuses('REPORT_INCIDENT_NOT_REPORTED');
    expect(error.message).toContain('revision');
  });

  it('charges an arrest once', () => {
    spec
      .given([...reported, charged([INCIDENT_A])])
      .when(chargeCmd([INCIDENT_A]))
      .thenRefuses('REPORT_ALREADY_CHARGED');
  });

  it.each([
    [{ court: 'Southern District of Texas', caseNumber: '4:26-cr-00123' }],
    [{ court: 'txsd', caseNumber: '2026-123' }],
  ])('refuses a charging document %j not in the documented format', (charging) => {
    spec
      .given(reported)
      .when(chargeCmd([INCIDENT_A], charging))
      .thenRefuses('REPORT_INVALID_CHARGING_DOCUMENT');
  });

  it('court-verifies only charged arrests, so the verified count never exceeds the charged one', () => {
    spec
      .given(reported)
      .when(verifyCmd([INCIDENT_A]))
      .thenRefuses('REPORT_NOT_CHARGED');
    const state = spec
      .given([...reported, charged([INCIDENT_A])])
      .when(verifyCmd([INCIDENT_A]))
      .state() as OpenedReport;
    expect(state.arrests.map(tierOf)).toEqual(['courtVerified', 'reported']);
  });

  it('takes the docket of the case the arrest was charged in', () => {
    spec
      .given([...reported, charged([INCIDENT_A])])
      .when(verifyCmd([INCIDENT_A], { court: 'txsd', caseNumber: '4:26-cr-00999', entry: 3 }))
      .thenRefuses('REPORT_DOCKET_OF_ANOTHER_CASE');
  });

  it.each([[0], [1.5], [100_001]])('refuses docket entry %s', (entry) => {
    spec
      .given([...reported, charged([INCIDENT_A])])
      .when(verifyCmd([INCIDENT_A], { ...DOCKET, entry }))
      .thenRefuses('REPORT_INVALID_DOCKET');
  });

  it('verifies an arrest once, and only with an outcome of the vocabulary', () => {
    spec
      .given([...reported, charged([INCIDENT_A]), verified([INCIDENT_A])])
      .when(verifyCmd([INCIDENT_A]))
      .thenRefuses('REPORT_ALREADY_COURT_VERIFIED');
    spec
      .given([...reported, charged([INCIDENT_A])])
      .when(verifyCmd([INCIDENT_A], DOCKET, 'sentenced' as never))
      .thenRefuses('REPORT_UNKNOWN_OUTCOME');
  });

  it('proves an affiliation only with a court’s finding in the case that charged it', () => {
    spec
      .given(reported)
      .when(proveCmd([INCIDENT_A]))
      .thenRefuses('REPORT_NOT_CHARGED');
    const state = spec
      .given([...reported, charged([INCIDENT_A])])
      .when(proveCmd([INCIDENT_A]))
      .state() as OpenedReport;
    expect(state.arrests[0].affiliationProved?.docket.entry).toBe(112);
    spec
      .given([...reported, charged([INCIDENT_A])])
      .when(proveCmd([INCIDENT_A], { ...CASE, caseNumber: '4:26-cr-00777', entry: 1 }))
      .thenRefuses('REPORT_DOCKET_OF_ANOTHER_CASE');
    const history = [...reported, charged([INCIDENT_A])];
    const proved = reportDecider.decide(
      proveCmd([INCIDENT_A]),
      history.reduce(reportDecider.evolve, reportDecider.initialState),
    );
    expect(proved.ok).toBe(true);
    spec
      .given([...history, ...(proved.ok ? proved.events : [])])
      .when(proveCmd([INCIDENT_A]))
      .thenRefuses('REPORT_AFFILIATION_ALREADY_PROVED');
  });

  it('refuses a liaison of an agency not taking part', () => {
    const error = spec
      .given(reported)
      .when(chargeCmd([INCIDENT_A], CASE, 'CBP'))
      .thenRefuses('REPORT_NOT_PARTICIPATING');
    expect(error.kind).toBe('forbidden');
  });

  it('lets a participant’s liaison record the charging document', () => {
    spec
      .given(reported)
      .when(chargeCmd([INCIDENT_B], CASE, 'TX-DPS'))
      .state();
  });
});
