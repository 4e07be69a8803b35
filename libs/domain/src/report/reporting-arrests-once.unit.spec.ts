import { deciderSpec } from '../shared/decider-spec';
import { reportDecider } from './report.decider';
import {
  arrest,
  arrestsCmd,
  arrestsReported,
  INCIDENT_A,
  INCIDENT_B,
  NOW,
  opened,
  REPORT_ID,
} from './report.fixtures';
import { OpenedReport } from './state';
import { MAX_ITEMS_PER_COMMAND } from './rules/checks';

const spec = deciderSpec(reportDecider);

describe('arrests are reported by the agencies taking part, and an incident counts once', () => {
  it('records an agency’s arrests with their count, allegation and evidence', () => {
    spec
      .given([opened])
      .when(arrestsCmd([arrest(INCIDENT_A), arrest(INCIDENT_B)]))
      .then([
        {
          type: 'ArrestsReported',
          data: {
            reportId: REPORT_ID,
            taskForce: 'TX',
            reportingAgency: 'FBI',
            count: 2,
            arrests: [arrest(INCIDENT_A), arrest(INCIDENT_B)],
            reportedAt: NOW,
          },
        },
      ]);
  });

  it('counts an arrest two agencies report once, with both among its reporters and the evidence of both', () => {
    const state = spec
      .given([opened, arrestsReported([arrest(INCIDENT_A)], 'FBI')])
      .when(arrestsCmd([arrest(INCIDENT_A, { evidence: ['witness-statements'] })], 'ICE-HSI'))
      .state() as OpenedReport;
    expect(state.arrests).toHaveLength(1);
    expect(state.arrests[0].reportedBy).toEqual(['FBI', 'ICE-HSI']);
    expect(state.arrests[0].evidence).toEqual(['intelligence', 'communications', 'witness-statements']);
  });

  it('is refused when the same agency reports an arrest again', () => {
    spec
      .given([opened, arrestsReported([arrest(INCIDENT_A)], 'FBI')])
      .when(arrestsCmd([arrest(INCIDENT_A)], 'FBI'))
      .thenRefuses('REPORT_ALREADY_REPORTED');
  });

  it('is refused when a second agency alleges another affiliation of the same arrest', () => {
    const error = spec
      .given([opened, arrestsReported([arrest(INCIDENT_A)], 'FBI')])
      .when(arrestsCmd([arrest(INCIDENT_A, { affiliation: { kind: 'gang', name: 'MS-13' } })], 'ICE-HSI'))
      .thenRefuses('REPORT_ALLEGATION_CONFLICT');
    expect(error.message).toContain('revision');
  });

  it('is refused to an agency that does not take part', () => {
    const error = spec
      .given([opened])
      .when(arrestsCmd([arrest(INCIDENT_A)], 'DEA'))
      .thenRefuses('REPORT_NOT_PARTICIPATING');
    expect(error.kind).toBe('forbidden');
  });

  it('is refused to a liaison reporting for another agency', () => {
    spec
      .given([opened])
      .when(arrestsCmd([arrest(INCIDENT_A)], 'FBI', 'TX-DPS'))
      .thenRefuses('REPORT_NOT_REPORTING_AGENCY');
  });

  it('may be transcribed by the command centre for a participant', () => {
    const state = spec
      .given([opened])
      .when(arrestsCmd([arrest(INCIDENT_A)], 'TX-DPS', undefined))
      .state() as OpenedReport;
    expect(state.arrests[0].reportedBy).toEqual(['TX-DPS']);
  });

  it.each([
    ['HSTF-TX-26-000101', 'REPORT_INVALID_INCIDENT'],
    ['HSTF-NM-2026-000101', 'REPORT_INVALID_INCIDENT'],
    ['hstf-tx-2026-000101', 'REPORT_INVALID_INCIDENT'],
  ])('refuses the incident reference %s, which is not of the documented format for TX', (incident, code) => {
    spec
      .given([opened])
      .when(arrestsCmd([arrest(incident)]))
      .thenRefuses(code);
  });

  it('refuses the same incident twice in one report of arrests', () => {
    spec
      .given([opened])
      .when(arrestsCmd([arrest(INCIDENT_A), arrest(INCIDENT_A)]))
      .thenRefuses('REPORT_DUPLICATE_INCIDENT');
  });

  it.each([
    [{ affiliation: { kind: 'club' as never } }, 'REPORT_UNKNOWN_AFFILIATION'],
    [{ affiliation: { kind: 'gang' as const, name: '' } }, 'REPORT_BLANK_FIELD'],
    [{ evidence: [] }, 'REPORT_NO_EVIDENCE'],
    [{ evidence: ['hearsay' as never] }, 'REPORT_UNKNOWN_EVIDENCE'],
    [{ evidence: ['forensic' as const, 'forensic' as const] }, 'REPORT_DUPLICATE_EVIDENCE'],
  ])('refuses an arrest with %j', (overrides, code) => {
    spec
      .given([opened])
      .when(arrestsCmd([arrest(INCIDENT_A, overrides)]))
      .thenRefuses(code);
  });

  it('refuses an empty list, and more than a request may carry', () => {
    spec.given([opened]).when(arrestsCmd([])).thenRefuses('REPORT_NOTHING_LISTED');
    const many = Array.from({ length: MAX_ITEMS_PER_COMMAND + 1 }, (_, i) =>
      arrest(`HSTF-TX-2026-${String(i).padStart(6, '0')}`),
    );
    spec.given([opened]).when(arrestsCmd(many)).thenRefuses('REPORT_TOO_MANY_ITEMS');
  });
});
