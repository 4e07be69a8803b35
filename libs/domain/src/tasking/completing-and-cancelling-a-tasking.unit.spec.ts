import { deciderSpec } from '../shared/decider-spec';
import { TaskingUnblocked } from './events';
import { taskingDecider } from './tasking.decider';
import { cancelCmd, completeCmd, LEAD, NOW, TASKING_ID } from './tasking.fixtures';
import { accepted, assigned, blocked, declined, progressed } from './tasking-history.fixtures';

const spec = deciderSpec(taskingDecider);

describe('the lead agency completes a tasking in progress, with its outcome', () => {
  it('closes it as completed', () => {
    const when = spec.given([assigned, accepted, progressed]).when(completeCmd(LEAD));
    when.then([
      {
        type: 'TaskingCompleted',
        data: {
          taskingId: TASKING_ID,
          leadAgency: LEAD,
          outcome: 'Three stash houses searched, 14 arrests.',
          completedAt: NOW,
        },
      },
    ]);
    expect(when.state().status).toBe('completed');
  });

  it('completes once the block is lifted', () => {
    const unblocked: TaskingUnblocked = {
      type: 'TaskingUnblocked',
      data: { taskingId: TASKING_ID, resolution: 'Warrant signed.', unblockedAt: NOW },
    };
    const when = spec.given([assigned, accepted, progressed, blocked, unblocked]).when(completeCmd(LEAD));
    expect(when.state().status).toBe('completed');
  });

  it('is refused while blocked', () => {
    const error = spec
      .given([assigned, accepted, progressed, blocked])
      .when(completeCmd(LEAD))
      .thenRefuses('TASKING_BLOCKED');
    expect(error.message).toContain('Warrant pending before the magistrate.');
  });

  it('is refused to a supporting agency', () => {
    spec
      .given([assigned, accepted, progressed])
      .when(completeCmd('FBI'))
      .thenRefuses('TASKING_NOT_LEAD_AGENCY');
  });

  it('is refused without an outcome', () => {
    spec
      .given([assigned, accepted, progressed])
      .when(completeCmd(LEAD, ''))
      .thenRefuses('TASKING_BLANK_FIELD');
  });

  it.each([
    ['assigned', [assigned]],
    ['accepted but never reported on', [assigned, accepted]],
    ['declined', [assigned, declined]],
  ])('is refused when %s', (_status, history) => {
    spec.given(history).when(completeCmd(LEAD)).thenRefuses('TASKING_NOT_IN_PROGRESS');
  });
});

describe('the command centre cancels any open tasking, with a reason', () => {
  it.each([
    ['assigned', [assigned]],
    ['accepted', [assigned, accepted]],
    ['in progress', [assigned, accepted, progressed]],
    ['blocked', [assigned, accepted, blocked]],
    ['declined', [assigned, declined]],
  ])('cancels it when %s', (_status, history) => {
    const when = spec.given(history).when(cancelCmd('Superseded by a DEA operation.'));
    when.then([
      {
        type: 'TaskingCancelled',
        data: { taskingId: TASKING_ID, reason: 'Superseded by a DEA operation.', cancelledAt: NOW },
      },
    ]);
    expect(when.state().status).toBe('cancelled');
  });

  it('is refused without a reason', () => {
    spec.given([assigned]).when(cancelCmd('  ')).thenRefuses('TASKING_BLANK_FIELD');
  });
});
