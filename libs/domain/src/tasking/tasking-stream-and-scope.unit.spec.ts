import { fold } from '../shared';
import { TaskingCommand } from './commands';
import { TASKING_EVENT_TYPES, TaskingEvent } from './events';
import { evolve } from './evolve';
import { TASKING_STREAM_PREFIX, taskingIdOf, taskingStreamId } from './stream';
import { taskingDecider, taskingScope } from './tasking.decider';
import { LEAD, NOW, TASKING_ID } from './tasking.fixtures';
import { accepted, assigned, declined, reassigned } from './tasking-history.fixtures';

const scopeAfter = (events: TaskingEvent[]) => taskingScope(fold(taskingDecider, events));

describe('a tasking concerns its task force and the agencies that work it', () => {
  it('is nobody’s before it is assigned', () => {
    expect(taskingDecider.scope(taskingDecider.initialState)).toStrictEqual({ states: [], agencies: [] });
  });

  it('reaches the state and the lead and supporting agencies', () => {
    expect(scopeAfter([assigned, accepted])).toEqual({ states: ['TX'], agencies: [LEAD, 'FBI', 'TX-DPS'] });
  });

  it('tells the declining lead of its replacement, and nothing after', () => {
    expect(scopeAfter([assigned, declined, reassigned])).toEqual({
      states: ['TX'],
      agencies: ['CBP', 'FBI', 'TX-DPS', LEAD],
    });
    const acceptedByCbp: TaskingEvent = { ...accepted, data: { ...accepted.data, leadAgency: 'CBP' } };
    expect(scopeAfter([assigned, declined, reassigned, acceptedByCbp]).agencies).toEqual([
      'CBP',
      'FBI',
      'TX-DPS',
    ]);
  });

  it('tells supporters dropped by a reassignment, as well', () => {
    const dropped: TaskingEvent = {
      ...reassigned,
      data: { ...reassigned.data, supportingAgencies: ['DEA'] },
    };
    expect(scopeAfter([assigned, declined, dropped]).agencies).toEqual(['CBP', 'DEA', LEAD, 'FBI', 'TX-DPS']);
  });
});

describe('the tasking stream', () => {
  it('is named tasking-<uuid>', () => {
    expect(taskingStreamId(TASKING_ID)).toBe(`${TASKING_STREAM_PREFIX}${TASKING_ID}`);
    expect(TASKING_STREAM_PREFIX).toBe('tasking-');
    expect(taskingIdOf(`tasking-${TASKING_ID}`)).toBe(TASKING_ID);
    expect(taskingIdOf(`directive-${TASKING_ID}`)).toBeUndefined();
  });

  it('lists every event type the decider folds', () => {
    expect([...TASKING_EVENT_TYPES].sort()).toEqual(
      [
        'TaskingAccepted',
        'TaskingAssigned',
        'TaskingBlocked',
        'TaskingCancelled',
        'TaskingCompleted',
        'TaskingDeclined',
        'TaskingProgressReported',
        'TaskingReassigned',
        'TaskingUnblocked',
      ].sort(),
    );
  });

  it('folds a damaged stream that lacks its assignment to nothing, rather than throw', () => {
    expect(evolve(taskingDecider.initialState, accepted)).toEqual({ status: 'unassigned' });
  });

  it('treats a command or event type it does not know as a programming error', () => {
    const open = fold(taskingDecider, [assigned]);
    const unknown = { type: 'EscalateTasking', data: { taskingId: TASKING_ID }, meta: { now: NOW } };
    expect(() => taskingDecider.decide(unknown as unknown as TaskingCommand, open)).toThrow('Unhandled case');
    expect(() => evolve(open, { type: 'TaskingEscalated', data: {} } as unknown as TaskingEvent)).toThrow(
      'Unhandled case',
    );
  });
});
