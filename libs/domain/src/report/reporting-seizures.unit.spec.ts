import { deciderSpec } from '../shared/decider-spec';
import { reportDecider } from './report.decider';
import { INCIDENT_A, NOW, opened, REPORT_ID, seizuresCmd } from './report.fixtures';
import { OpenedReport } from './state';

const spec = deciderSpec(reportDecider);
const fentanyl = { incident: INCIDENT_A, kind: 'drugs' as const, drug: 'fentanyl' as const, quantity: 2.5 };

describe('seizures are reported by kind and quantity, each incident’s once', () => {
  it('records drugs by kind and weight, firearms, currency and vehicles in their units', () => {
    spec
      .given([opened])
      .when(
        seizuresCmd([
          fentanyl,
          { incident: INCIDENT_A, kind: 'firearms', quantity: 3 },
          { incident: INCIDENT_A, kind: 'currency', quantity: 25000.5 },
          { incident: INCIDENT_A, kind: 'vehicles', quantity: 1 },
        ]),
      )
      .then([
        {
          type: 'SeizuresReported',
          data: {
            reportId: REPORT_ID,
            taskForce: 'TX',
            reportingAgency: 'FBI',
            seizures: [
              { ...fentanyl, unit: 'kg' },
              { incident: INCIDENT_A, kind: 'firearms', quantity: 3, unit: 'firearms' },
              { incident: INCIDENT_A, kind: 'currency', quantity: 25000.5, unit: 'USD' },
              { incident: INCIDENT_A, kind: 'vehicles', quantity: 1, unit: 'vehicles' },
            ],
            reportedAt: NOW,
          },
        },
      ]);
  });

  const reported = {
    type: 'SeizuresReported' as const,
    data: {
      reportId: REPORT_ID,
      taskForce: 'TX',
      reportingAgency: 'FBI',
      seizures: [{ ...fentanyl, unit: 'kg' }],
      reportedAt: NOW,
    },
  };

  it('counts a seizure two agencies report once', () => {
    const state = spec
      .given([opened, reported])
      .when(seizuresCmd([fentanyl], 'ICE-HSI'))
      .state() as OpenedReport;
    expect(state.seizures).toHaveLength(1);
    expect(state.seizures[0].reportedBy).toEqual(['FBI', 'ICE-HSI']);
  });

  it('is refused when the same agency reports the seizure again', () => {
    spec
      .given([opened, reported])
      .when(seizuresCmd([fentanyl], 'FBI'))
      .thenRefuses('REPORT_ALREADY_REPORTED');
  });

  it('is refused when a second agency reports another quantity of the same seizure', () => {
    spec
      .given([opened, reported])
      .when(seizuresCmd([{ ...fentanyl, quantity: 3 }], 'ICE-HSI'))
      .thenRefuses('REPORT_SEIZURE_CONFLICT');
  });

  it.each([
    [{ ...fentanyl, quantity: -1 }, 'REPORT_INVALID_QUANTITY'],
    [{ ...fentanyl, quantity: 0 }, 'REPORT_INVALID_QUANTITY'],
    [{ ...fentanyl, quantity: 1.0001 }, 'REPORT_INVALID_QUANTITY'],
    [{ incident: INCIDENT_A, kind: 'firearms' as const, quantity: 1.5 }, 'REPORT_INVALID_QUANTITY'],
    [{ incident: INCIDENT_A, kind: 'currency' as const, quantity: 10.005 }, 'REPORT_INVALID_QUANTITY'],
    [{ incident: INCIDENT_A, kind: 'drugs' as const, quantity: 1 }, 'REPORT_DRUG_KIND'],
    [
      { incident: INCIDENT_A, kind: 'firearms' as const, drug: 'cocaine' as const, quantity: 1 },
      'REPORT_DRUG_KIND',
    ],
    [{ incident: INCIDENT_A, kind: 'art' as never, quantity: 1 }, 'REPORT_UNKNOWN_SEIZURE_KIND'],
    [{ ...fentanyl, incident: 'TX-1' }, 'REPORT_INVALID_INCIDENT'],
  ])('refuses %j', (seizure, code) => {
    spec
      .given([opened])
      .when(seizuresCmd([seizure]))
      .thenRefuses(code);
  });

  it('is refused to an agency that does not take part', () => {
    spec
      .given([opened])
      .when(seizuresCmd([fentanyl], 'CBP'))
      .thenRefuses('REPORT_NOT_PARTICIPATING');
  });

  it('refuses the same seizure twice in one request', () => {
    spec
      .given([opened])
      .when(seizuresCmd([fentanyl, fentanyl]))
      .thenRefuses('REPORT_DUPLICATE_INCIDENT');
  });
});
