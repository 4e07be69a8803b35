import { deciderSpec } from '../shared/decider-spec';
import { TaskingUnblocked } from './events';
import { taskingDecider } from './tasking.decider';
import { blockCmd, LEAD, NOW, TASKING_ID, unblockCmd } from './tasking.fixtures';
import { accepted, assigned, blocked, declined, progressed } from './tasking-history.fixtures';

const spec = deciderSpec(taskingDecider);

describe('an open tasking is blocked while an obstacle stands, its status unchanged', () => {
  it('records the reason and the participating agency that raised it', () => {
    const when = spec.given([assigned, accepted, progressed]).when(blockCmd('FBI', 'Informant gone silent.'));
    when.then([
      {
        type: 'TaskingBlocked',
        data: { taskingId: TASKING_ID, reason: 'Informant gone silent.', by: 'FBI', blockedAt: NOW },
      },
    ]);
    expect(when.state()).toMatchObject({
      status: 'in_progress',
      blocked: { reason: 'Informant gone silent.', since: NOW },
    });
  });

  it('may be raised by the command centre, recorded without an agency', () => {
    spec
      .given([assigned])
      .when(blockCmd(undefined, 'Awaiting deconfliction with a DEA case.'))
      .then([
        {
          type: 'TaskingBlocked',
          data: { taskingId: TASKING_ID, reason: 'Awaiting deconfliction with a DEA case.', blockedAt: NOW },
        },
      ]);
  });

  it('may be raised while a declined tasking awaits its new lead', () => {
    expect(spec.given([assigned, declined]).when(blockCmd()).state().status).toBe('declined');
  });

  it('is refused when already blocked', () => {
    const error = spec.given([assigned, blocked]).when(blockCmd(LEAD)).thenRefuses('TASKING_ALREADY_BLOCKED');
    expect(error.message).toContain('Warrant pending');
  });

  it('is refused to an agency that does not work the tasking', () => {
    spec.given([assigned]).when(blockCmd('DEA')).thenRefuses('TASKING_NOT_PARTICIPANT');
  });

  it('is refused without a reason', () => {
    spec.given([assigned]).when(blockCmd(LEAD, '')).thenRefuses('TASKING_BLANK_FIELD');
  });
});

describe('a blocked tasking is unblocked with a resolution', () => {
  const unblocked = (by?: string): TaskingUnblocked => ({
    type: 'TaskingUnblocked',
    data: { taskingId: TASKING_ID, resolution: 'Warrant signed.', ...(by ? { by } : {}), unblockedAt: NOW },
  });

  it('clears the flag, by a participating agency', () => {
    const when = spec.given([assigned, accepted, blocked]).when(unblockCmd('TX-DPS'));
    when.then([unblocked('TX-DPS')]);
    expect(when.state()).toMatchObject({ status: 'accepted', blocked: null });
  });

  it('clears the flag, by the command centre', () => {
    spec.given([assigned, blocked]).when(unblockCmd()).then([unblocked()]);
  });

  it('is refused when not blocked', () => {
    spec.given([assigned]).when(unblockCmd(LEAD)).thenRefuses('TASKING_NOT_BLOCKED');
  });

  it('is refused when unblocked already', () => {
    spec.given([assigned, blocked, unblocked()]).when(unblockCmd(LEAD)).thenRefuses('TASKING_NOT_BLOCKED');
  });

  it('is refused to an agency that does not work the tasking', () => {
    spec.given([assigned, blocked]).when(unblockCmd('CBP')).thenRefuses('TASKING_NOT_PARTICIPANT');
  });

  it('is refused without a resolution', () => {
    spec.given([assigned, blocked]).when(unblockCmd(LEAD, ' ')).thenRefuses('TASKING_BLANK_FIELD');
  });
});
