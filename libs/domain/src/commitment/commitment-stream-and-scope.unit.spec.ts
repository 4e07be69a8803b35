import { fold } from '../shared';
import { CommitmentCommand } from './commands';
import { commitmentDecider, commitmentScope } from './commitment.decider';
import { COMMITMENT_ID, NOW } from './commitment.fixtures';
import { deliveredEvent, pledged, withdrawn } from './commitment-history.fixtures';
import { COMMITMENT_EVENT_TYPES, CommitmentEvent } from './events';
import { evolve } from './evolve';
import { delivered, remaining } from './quantities';
import { COMMITMENT_STREAM_PREFIX, commitmentIdOf, commitmentStreamId } from './stream';

describe('a commitment concerns the task force supported and the pledging agency', () => {
  it('is nobody’s before it is pledged', () => {
    expect(commitmentScope(commitmentDecider.initialState)).toStrictEqual({ states: [], agencies: [] });
  });

  it.each([
    ['pledged', [pledged]],
    ['withdrawn', [pledged, withdrawn]],
  ])('reaches TX and the FBI when %s', (_status, history) => {
    expect(commitmentDecider.scope(fold(commitmentDecider, history))).toEqual({
      states: ['TX'],
      agencies: ['FBI'],
    });
  });
});

describe('what was delivered and what remains', () => {
  it('are nothing before a pledge', () => {
    expect(delivered(commitmentDecider.initialState)).toBe(0);
    expect(remaining(commitmentDecider.initialState)).toBe(0);
  });

  it('add the deliveries and subtract them from the pledge', () => {
    const state = fold(commitmentDecider, [pledged, deliveredEvent('d1', 2.5), deliveredEvent('d2', 4)]);
    expect(delivered(state)).toBe(6.5);
    expect(remaining(state)).toBe(5.5);
  });
});

describe('the commitment stream', () => {
  it('is named commitment-<uuid>', () => {
    expect(commitmentStreamId(COMMITMENT_ID)).toBe(`${COMMITMENT_STREAM_PREFIX}${COMMITMENT_ID}`);
    expect(COMMITMENT_STREAM_PREFIX).toBe('commitment-');
    expect(commitmentIdOf(`commitment-${COMMITMENT_ID}`)).toBe(COMMITMENT_ID);
    expect(commitmentIdOf(`tasking-${COMMITMENT_ID}`)).toBeUndefined();
  });

  it('lists every event type the decider folds', () => {
    expect([...COMMITMENT_EVENT_TYPES].sort()).toEqual(
      ['CommitmentAdjusted', 'CommitmentWithdrawn', 'SupportDelivered', 'SupportPledged'].sort(),
    );
  });

  it('folds a damaged stream that lacks its pledge to nothing, rather than throw', () => {
    expect(evolve(commitmentDecider.initialState, withdrawn)).toEqual({ status: 'none' });
  });

  it('treats a command or event type it does not know as a programming error', () => {
    const state = fold(commitmentDecider, [pledged]);
    const unknown = { type: 'TransferCommitment', data: { commitmentId: COMMITMENT_ID }, meta: { now: NOW } };
    expect(() => commitmentDecider.decide(unknown as unknown as CommitmentCommand, state)).toThrow(
      'Unhandled case',
    );
    const event = { type: 'CommitmentTransferred', data: {} } as unknown as CommitmentEvent;
    expect(() => evolve(state, event)).toThrow('Unhandled case');
  });
});
