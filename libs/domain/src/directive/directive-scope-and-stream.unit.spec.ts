import { fold } from '../shared';
import { deciderSpec } from '../shared/decider-spec';
import { directiveDecider, directiveScope } from './directive.decider';
import { DIRECTIVE_ID, FBI, issue } from './directive.fixtures';
import { acknowledged, amended, issued, rescinded, superseded } from './directive-history.fixtures';
import { DIRECTIVE_EVENT_TYPES, DirectiveEvent } from './events';
import { DIRECTIVE_STREAM_PREFIX, directiveIdOf, directiveStreamId } from './stream';

const spec = deciderSpec(directiveDecider);

describe('a directive concerns its addressed states and agencies', () => {
  it('concerns nobody before it is issued', () => {
    expect(directiveScope(directiveDecider.initialState)).toStrictEqual({ states: [], agencies: [] });
  });

  it('concerns the addressees, sorted', () => {
    expect(directiveScope(fold(directiveDecider, [issued]))).toEqual({
      states: ['AZ', 'TX'],
      agencies: ['CBP', 'FBI'],
    });
  });

  it('widens with addressees an amendment adds, and stays so to the end', () => {
    const added = amended(2, { addedAddressees: { states: ['NM'], agencies: ['ATF'] } });
    const expected = { states: ['AZ', 'NM', 'TX'], agencies: ['ATF', 'CBP', 'FBI'] };
    expect(directiveScope(fold(directiveDecider, [issued, added]))).toEqual(expected);
    expect(directiveScope(fold(directiveDecider, [issued, added, rescinded]))).toEqual(expected);
    expect(directiveScope(fold(directiveDecider, [issued, added, superseded]))).toEqual(expected);
  });

  it('names each audience once', () => {
    const state = spec
      .given([])
      .when(issue({ addressees: { states: ['TX'], agencies: ['FBI'] } }))
      .state();
    expect(directiveScope(state)).toEqual({ states: ['TX'], agencies: ['FBI'] });
  });
});

describe('a directive lives in the stream directive-<id>', () => {
  it('builds the stream id and reads the directive id back', () => {
    expect(directiveStreamId(DIRECTIVE_ID)).toBe(`directive-${DIRECTIVE_ID}`);
    expect(DIRECTIVE_STREAM_PREFIX).toBe('directive-');
    expect(directiveIdOf(directiveStreamId(DIRECTIVE_ID))).toBe(DIRECTIVE_ID);
    expect(directiveIdOf(`tasking-${DIRECTIVE_ID}`)).toBeUndefined();
  });

  it('lists every event type once', () => {
    expect([...DIRECTIVE_EVENT_TYPES].sort()).toEqual([
      'DirectiveAcknowledged',
      'DirectiveAcknowledgementOverdue',
      'DirectiveAmended',
      'DirectiveIssued',
      'DirectiveRescinded',
      'DirectiveSuperseded',
    ]);
  });

  it('folds a damaged stream without an issue to nothing rather than throw', () => {
    const damaged: DirectiveEvent[] = [acknowledged(FBI, 'FBI'), rescinded];
    expect(fold(directiveDecider, damaged)).toEqual({ status: 'not_issued' });
  });

  it('throws on a command or an event type it does not know, rather than ignore it', () => {
    const state = fold(directiveDecider, [issued]);
    expect(() => directiveDecider.decide({ type: 'CancelDirective' } as never, state)).toThrow(
      'Unhandled case',
    );
    expect(() => directiveDecider.evolve(state, { type: 'DirectiveArchived' } as never)).toThrow(
      'Unhandled case',
    );
  });
});
