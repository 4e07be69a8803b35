import { deciderSpec } from '../shared/decider-spec';
import { reportDecider } from './report.decider';
import { NOW, openCmd, opened, PARTICIPANTS, PERIOD, REPORT_ID } from './report.fixtures';

const spec = deciderSpec(reportDecider);

describe('a report covers one operation of a task force, with the member agencies taking part', () => {
  it('opens with its operation, period and participants', () => {
    spec
      .given([])
      .when(openCmd())
      .then([
        {
          type: 'ReportOpened',
          data: {
            reportId: REPORT_ID,
            taskForce: 'TX',
            operation: 'Operation Lone Star Sweep',
            period: PERIOD,
            participants: PARTICIPANTS,
            openedAt: NOW,
          },
        },
      ]);
  });

  it('is read by its state and the agencies taking part', () => {
    const state = spec.given([]).when(openCmd()).state();
    expect(reportDecider.scope(state)).toEqual({ states: ['TX'], agencies: PARTICIPANTS });
  });

  it('opens once', () => {
    spec.given([opened]).when(openCmd()).thenRefuses('REPORT_ALREADY_OPENED');
  });

  it('is refused for an agency that is not a member of the task force', () => {
    const error = spec
      .given([])
      .when(openCmd({ participants: ['FBI', 'NYPD'] }))
      .thenRefuses('REPORT_PARTICIPANT_NOT_MEMBER');
    expect(error.message).toContain('NYPD');
  });

  it('is refused when the task force is not established (no members)', () => {
    spec
      .given([])
      .when(openCmd({ context: { taskForceMembers: [] } }))
      .thenRefuses('REPORT_PARTICIPANT_NOT_MEMBER');
  });

  it.each([
    [{ participants: [] }, 'REPORT_NO_PARTICIPANTS'],
    [{ participants: ['FBI', 'FBI'] }, 'REPORT_DUPLICATE_PARTICIPANT'],
    [{ participants: ['fbi'] }, 'REPORT_INVALID_AGENCY_CODE'],
    [{ taskForce: 'XX' }, 'REPORT_UNKNOWN_TASK_FORCE'],
    [{ operation: ' ' }, 'REPORT_BLANK_FIELD'],
    [{ operation: 'Sweep\nTwo' }, 'REPORT_INVALID_TEXT'],
    [{ period: { from: PERIOD.to, to: PERIOD.from } }, 'REPORT_INVALID_PERIOD'],
    [{ period: { from: 'February', to: PERIOD.to } }, 'REPORT_INVALID_PERIOD'],
  ])('is refused for %j', (overrides, code) => {
    spec.given([]).when(openCmd(overrides)).thenRefuses(code);
  });

  it('accepts nothing else before it is opened', () => {
    const error = spec
      .given([])
      .when({
        type: 'ChargeArrests',
        data: {
          reportId: REPORT_ID,
          incidents: [],
          charging: { court: 'txsd', caseNumber: '4:26-cr-00123' },
        },
        meta: { now: NOW },
      })
      .thenRefuses('REPORT_NOT_FOUND');
    expect(error.kind).toBe('not_found');
  });
});
