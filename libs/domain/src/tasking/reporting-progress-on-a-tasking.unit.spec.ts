import { deciderSpec } from '../shared/decider-spec';
import { taskingDecider } from './tasking.decider';
import { LEAD, NOW, progressCmd, TASKING_ID } from './tasking.fixtures';
import { accepted, assigned, blocked, declined, progressed } from './tasking-history.fixtures';

const spec = deciderSpec(taskingDecider);

describe('the lead or a supporting agency reports progress on an accepted tasking', () => {
  it('records who reported what, and the first report puts the tasking in progress', () => {
    const when = spec
      .given([assigned, accepted])
      .when(progressCmd(LEAD, 40, 'Two houses under surveillance.'));
    when.then([
      {
        type: 'TaskingProgressReported',
        data: {
          taskingId: TASKING_ID,
          reportedBy: LEAD,
          summary: 'Two houses under surveillance.',
          percentComplete: 40,
          reportedAt: NOW,
        },
      },
    ]);
    expect(when.state().status).toBe('in_progress');
  });

  it('accepts later reports from a supporter, down as well as up', () => {
    const when = spec.given([assigned, accepted, progressed]).when(progressCmd('TX-DPS', 10));
    expect(when.state().status).toBe('in_progress');
  });

  it.each([[0], [100]])('accepts %s percent', (percent) => {
    expect(spec.given([assigned, accepted]).when(progressCmd(LEAD, percent)).state().status).toBe(
      'in_progress',
    );
  });

  it('accepts a report while the tasking is blocked', () => {
    expect(spec.given([assigned, accepted, blocked]).when(progressCmd(LEAD)).state()).toMatchObject({
      status: 'in_progress',
      blocked: { reason: 'Warrant pending before the magistrate.' },
    });
  });

  it.each([[-1], [100.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %s percent', (percent) => {
    spec
      .given([assigned, accepted])
      .when(progressCmd(LEAD, percent))
      .thenRefuses('TASKING_INVALID_PERCENT_COMPLETE');
  });

  it('refuses a blank summary', () => {
    spec
      .given([assigned, accepted])
      .when(progressCmd(LEAD, 50, ''))
      .thenRefuses('TASKING_BLANK_FIELD');
  });

  it('refuses an agency that does not work the tasking', () => {
    const error = spec
      .given([assigned, accepted])
      .when(progressCmd('CBP'))
      .thenRefuses('TASKING_NOT_PARTICIPANT');
    expect(error.message).toContain('Only ICE-HSI, FBI, TX-DPS');
  });

  it('refuses the command centre: progress is the agencies’ own account', () => {
    spec.given([assigned, accepted]).when(progressCmd()).thenRefuses('TASKING_NOT_PARTICIPANT');
  });

  it('refuses a report before the lead has accepted', () => {
    spec.given([assigned]).when(progressCmd(LEAD)).thenRefuses('TASKING_NOT_ACCEPTED');
  });

  it('refuses a report on a declined tasking', () => {
    spec.given([assigned, declined]).when(progressCmd('FBI')).thenRefuses('TASKING_NOT_ACCEPTED');
  });
});
