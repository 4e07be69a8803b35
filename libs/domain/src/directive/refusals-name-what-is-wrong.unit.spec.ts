import { deciderSpec } from '../shared/decider-spec';
import { DirectiveCommand } from './commands';
import { directiveDecider } from './directive.decider';
import { acknowledge, amend, DIRECTIVE_ID, FBI, issue, rescind, supersede } from './directive.fixtures';
import { issued } from './directive-history.fixtures';

const spec = deciderSpec(directiveDecider);
const D = DIRECTIVE_ID;

describe('a refusal on a directive names the field that is wrong', () => {
  it.each<[string, DirectiveCommand, string, string]>([
    [
      'its id',
      issue({ directiveId: 'directive-1' }),
      'DIRECTIVE_INVALID_ID',
      'The id directive-1 of directive directive-1 is not a lower-case UUID.',
    ],
    [
      'its authority',
      issue({ authority: 'EO\u200b14159' }),
      'DIRECTIVE_INVALID_TEXT',
      `The authority of directive ${D} contains the invisible formatting character U+200B.`,
    ],
    [
      'its effective time',
      issue({ effectiveAt: '2026-03-02' }),
      'DIRECTIVE_INVALID_INSTANT',
      `The effective time 2026-03-02 of directive ${D} is not an ISO-8601 instant with an offset, such as 2026-12-01T12:00:00Z.`,
    ],
    [
      'its deadline',
      issue({ acknowledgeBy: '2026-02-30T00:00:00Z' }),
      'DIRECTIVE_INVALID_INSTANT',
      `The acknowledgement deadline 2026-02-30T00:00:00Z of directive ${D} is not a date and time of the calendar.`,
    ],
    [
      'its expiry',
      issue({ expiresAt: '2300-01-01T00:00:00Z' }),
      'DIRECTIVE_INVALID_INSTANT',
      `The expiry time 2300-01-01T00:00:00Z of directive ${D} is outside 1970-01-01T00:00:00Z to 2200-01-01T00:00:00Z.`,
    ],
    [
      'every malformed agency code',
      issue({ addressees: { states: ['TX'], agencies: ['fbi', 'FBI', 'C B P'] } }),
      'DIRECTIVE_INVALID_AGENCY_CODE',
      `Directive ${D} is addressed to malformed agency codes: fbi, C B P.`,
    ],
  ])('on issue: %s', (_what, command, code, message) => {
    expect(spec.given([]).when(command).thenRefuses(code).message).toBe(message);
  });

  it.each<[string, DirectiveCommand, string, string]>([
    [
      'the new deadline',
      amend({ acknowledgeBy: 'tomorrow' }),
      'DIRECTIVE_INVALID_INSTANT',
      `The acknowledgement deadline tomorrow of directive ${D} is not an ISO-8601 instant with an offset, such as 2026-12-01T12:00:00Z.`,
    ],
    [
      'the new expiry',
      amend({ expiresAt: 'never' }),
      'DIRECTIVE_INVALID_INSTANT',
      `The expiry time never of directive ${D} is not an ISO-8601 instant with an offset, such as 2026-12-01T12:00:00Z.`,
    ],
    [
      'the note of an acknowledgement',
      acknowledge(FBI, 'FBI', { note: 'Read\u0000' }),
      'DIRECTIVE_INVALID_TEXT',
      `The acknowledgement note of directive ${D} contains the control character U+0000.`,
    ],
    [
      'the superseding directive',
      supersede('next'),
      'DIRECTIVE_INVALID_ID',
      `The superseding directive id next of directive ${D} is not a lower-case UUID.`,
    ],
    [
      'the reason for superseding',
      supersede(undefined, ' '),
      'DIRECTIVE_BLANK_FIELD',
      `The reason for superseding of directive ${D} must not be blank.`,
    ],
    [
      'the reason for rescinding',
      rescind(''),
      'DIRECTIVE_BLANK_FIELD',
      `The reason for rescinding of directive ${D} must not be blank.`,
    ],
  ])('on a directive issued: %s', (_what, command, code, message) => {
    expect(spec.given([issued]).when(command).thenRefuses(code).message).toBe(message);
  });
});

describe('what a directive records and nothing more', () => {
  it('starts with no acknowledgement and no overdue mark', () => {
    const state = spec.given([]).when(issue()).state();
    expect(state).toMatchObject({ acknowledgements: [], overdueMarks: [] });
    expect(state.status !== 'not_issued' && state.overdueMarks).toStrictEqual([]);
  });

  it('keeps no note on an acknowledgement given without one', () => {
    const state = spec.given([issued]).when(acknowledge(FBI, 'FBI')).state();
    expect(state.status !== 'not_issued' && state.acknowledgements[0]).not.toHaveProperty('note');
  });
});
