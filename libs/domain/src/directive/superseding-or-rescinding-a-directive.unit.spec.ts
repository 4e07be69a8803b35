import { deciderSpec } from '../shared/decider-spec';
import { directiveDecider } from './directive.decider';
import { DIRECTIVE_ID, NOW, rescind, SUCCESSOR_ID, supersede } from './directive.fixtures';
import { amended, issued, rescinded, superseded } from './directive-history.fixtures';

const spec = deciderSpec(directiveDecider);

describe('the command centre supersedes a directive with another', () => {
  it('records the successor and the reason', () => {
    spec
      .given([issued, amended()])
      .when(supersede())
      .then([
        {
          type: 'DirectiveSuperseded',
          data: {
            directiveId: DIRECTIVE_ID,
            supersededBy: SUCCESSOR_ID,
            reason: 'Replaced by the spring directive.',
            supersededAt: NOW,
          },
        },
      ]);
  });

  it('leaves the directive superseded, with its terms kept for the record', () => {
    const state = spec.given([issued]).when(supersede()).state();
    expect(state).toMatchObject({ status: 'superseded', title: issued.data.title, revision: 1 });
    expect(state).toMatchObject({
      superseded: { by: SUCCESSOR_ID, reason: 'Replaced by the spring directive.', at: NOW },
    });
  });

  it('is refused without a reason', () => {
    spec.given([issued]).when(supersede(SUCCESSOR_ID, '')).thenRefuses('DIRECTIVE_BLANK_FIELD');
  });

  it('is refused with a successor id that is not a UUID', () => {
    const error = spec
      .given([issued])
      .when(supersede('the spring directive'))
      .thenRefuses('DIRECTIVE_INVALID_ID');
    expect(error.message).toContain('the spring directive');
  });

  it('is refused with the directive itself as successor', () => {
    spec.given([issued]).when(supersede(DIRECTIVE_ID)).thenRefuses('DIRECTIVE_SUPERSEDED_BY_ITSELF');
  });

  it('is refused for a directive never issued, already superseded or rescinded', () => {
    spec.given([]).when(supersede()).thenRefuses('DIRECTIVE_NOT_FOUND');
    spec.given([issued, superseded]).when(supersede()).thenRefuses('DIRECTIVE_SUPERSEDED');
    spec.given([issued, rescinded]).when(supersede()).thenRefuses('DIRECTIVE_RESCINDED');
  });
});

describe('the command centre rescinds a directive', () => {
  it('records the reason', () => {
    spec
      .given([issued])
      .when(rescind())
      .then([
        {
          type: 'DirectiveRescinded',
          data: { directiveId: DIRECTIVE_ID, reason: 'Issued in error.', rescindedAt: NOW },
        },
      ]);
  });

  it('leaves the directive rescinded', () => {
    const state = spec.given([issued]).when(rescind()).state();
    expect(state).toMatchObject({ status: 'rescinded', rescinded: { reason: 'Issued in error.', at: NOW } });
  });

  it('is refused without a reason', () => {
    const error = spec.given([issued]).when(rescind('  ')).thenRefuses('DIRECTIVE_BLANK_FIELD');
    expect(error.message).toContain('reason for rescinding');
  });

  it('is refused for a directive never issued, already rescinded or superseded', () => {
    spec.given([]).when(rescind()).thenRefuses('DIRECTIVE_NOT_FOUND');
    const error = spec.given([issued, rescinded]).when(rescind()).thenRefuses('DIRECTIVE_RESCINDED');
    expect(error.message).toContain('RescindDirective');
    spec.given([issued, superseded]).when(rescind()).thenRefuses('DIRECTIVE_SUPERSEDED');
  });
});
