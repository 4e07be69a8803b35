import { addresseeList, directiveDecider, KnownDirective } from '@hstf/domain';
import {
  ACK_BY,
  after,
  CBP,
  DIRECTIVE_ID,
  EXPIRES,
  FBI,
  History,
  ISSUED_AT,
  TX,
} from './directive-history.fixtures';
import { dueAcknowledgements, nextDeadline } from './due-acknowledgements';

describe('which addressees are due', () => {
  it('none until the deadline has passed, then every addressee that has not acknowledged', () => {
    const history = new History();
    expect(history.dueAt(ISSUED_AT)).toEqual([]);
    expect(history.dueAt(ACK_BY)).toEqual([]);
    expect(history.dueAt(after(ACK_BY))).toEqual(['state TX r1', 'agency FBI r1', 'agency CBP r1']);
  });

  it('carries the directive, the missed deadline, its conversation and the event that set it', () => {
    const [due] = dueAcknowledgements(new History().tracked()!, new Date(after(ACK_BY)));
    expect(due).toEqual({
      directiveId: DIRECTIVE_ID,
      addressee: TX,
      revision: 1,
      acknowledgeBy: ACK_BY,
      correlationId: 'corr-issue',
      causationId: 'event-0',
    });
  });

  it('leaves out an addressee that acknowledged, in time or late', () => {
    const history = new History().acknowledge('FBI', '2026-12-02T10:00:00Z');
    expect(history.dueAt(after(ACK_BY))).toEqual(['state TX r1', 'agency CBP r1']);
    history.acknowledge('CBP', after(ACK_BY, 60_000));
    expect(history.dueAt(after(ACK_BY, 120_000))).toEqual(['state TX r1']);
  });

  it('leaves out an addressee once it is marked overdue, so that it is marked once', () => {
    const history = new History().markOverdue(TX, after(ACK_BY));
    expect(history.dueAt(after(ACK_BY, 5_000))).toEqual(['agency FBI r1', 'agency CBP r1']);
    history.markOverdue(FBI, after(ACK_BY, 6_000)).markOverdue(CBP, after(ACK_BY, 7_000));
    expect(history.dueAt('2026-12-09T00:00:00Z')).toEqual([]);
    expect(nextDeadline(history.tracked()!)).toBeUndefined();
  });
});

describe('an amendment resets the deadlines', () => {
  const LATER_ACK_BY = '2026-12-05T12:00:00.000Z';

  it('moves the deadline: nobody is due at the old one, everybody at the new one', () => {
    const history = new History().amend('2026-12-02T09:00:00Z', { acknowledgeBy: LATER_ACK_BY });
    expect(history.dueAt(after(ACK_BY))).toEqual([]);
    expect(nextDeadline(history.tracked()!)).toBe(LATER_ACK_BY);
    expect(history.dueAt(after(LATER_ACK_BY))).toEqual(['state TX r2', 'agency FBI r2', 'agency CBP r2']);
  });

  it('asks again those who acknowledged or were marked on the earlier revision, and the added addressees', () => {
    const history = new History()
      .acknowledge('FBI', '2026-12-02T10:00:00Z')
      .markOverdue(TX, after(ACK_BY))
      .amend(after(ACK_BY, 60_000), { body: 'Extend to I-10.', acknowledgeBy: LATER_ACK_BY })
      .amend(after(ACK_BY, 120_000), { addressees: { agencies: ['ICE-HSI'] } });
    expect(history.dueAt(after(LATER_ACK_BY))).toEqual([
      'state TX r3',
      'agency FBI r3',
      'agency CBP r3',
      'agency ICE-HSI r3',
    ]);
  });

  it('is the cause of the overdue marks of its revision', () => {
    const history = new History().amend('2026-12-02T09:00:00Z', { acknowledgeBy: LATER_ACK_BY });
    const due = dueAcknowledgements(history.tracked()!, new Date(after(LATER_ACK_BY)));
    expect(new Set(due.map((d) => d.causationId))).toEqual(new Set(['event-1']));
    expect(due[0].correlationId).toBe('corr-issue');
  });

  it('without a new deadline leaves the passed one in force: the new revision is due at once', () => {
    const history = new History()
      .markOverdue(TX, after(ACK_BY))
      .amend(after(ACK_BY, 1_000), { title: 'Surge on I-35' });
    expect(history.dueAt(after(ACK_BY, 2_000))).toEqual(['state TX r2', 'agency FBI r2', 'agency CBP r2']);
  });
});

describe('nothing is due on a directive that ended', () => {
  it.each(['RescindDirective', 'SupersedeDirective'] as const)('after %s, which drops it', (type) => {
    const history = new History().close(type, '2026-12-02T09:00:00Z');
    expect(history.tracked()).toBeUndefined();
    expect(history.dueAt(after(ACK_BY))).toEqual([]);
  });

  it('once it expired: a deadline missed before expiry stays due, a revision made after expiry has none', () => {
    const history = new History().acknowledge('FBI', '2026-12-02T10:00:00Z');
    expect(history.dueAt(after(EXPIRES, 3_600_000))).toEqual(['state TX r1', 'agency CBP r1']);
    history.amend(after(EXPIRES, 7_200_000), { title: 'Surge on I-35, closed' });
    expect(history.dueAt(after(EXPIRES, 7_300_000))).toEqual([]);
    expect(nextDeadline(history.tracked()!)).toBeUndefined();
  });

  it('unless an amendment after expiry extends it: the new revision has a deadline again', () => {
    const history = new History().amend(after(EXPIRES), {
      expiresAt: '2027-01-31T00:00:00.000Z',
      acknowledgeBy: '2027-01-05T00:00:00.000Z',
    });
    expect(history.dueAt('2027-01-06T00:00:00Z')).toEqual(['state TX r2', 'agency FBI r2', 'agency CBP r2']);
  });
});

describe('the schedule and the overdue rule of the decider', () => {
  const histories: [string, () => History][] = [
    ['issued', () => new History()],
    ['acknowledged by FBI', () => new History().acknowledge('FBI', '2026-12-02T10:00:00Z')],
    ['TX marked', () => new History().markOverdue(TX, after(ACK_BY))],
    ['amended', () => new History().amend('2026-12-02T09:00:00Z', { acknowledgeBy: '2026-12-05T12:00:00Z' })],
  ];
  const times = [
    ISSUED_AT,
    ACK_BY,
    after(ACK_BY),
    '2026-12-05T12:00:00Z',
    '2026-12-06T00:00:00Z',
    after(EXPIRES),
  ];

  it.each(histories)('agree on who may be marked overdue when %s', (_name, make) => {
    const history = make();
    const state = history.state as KnownDirective;
    for (const now of times) {
      const accepted = addresseeList(state.addressees)
        .filter(
          (addressee) =>
            directiveDecider.decide(
              {
                type: 'MarkAcknowledgementOverdue',
                data: { directiveId: DIRECTIVE_ID, addressee },
                meta: { now },
              },
              state,
            ).ok,
        )
        .map((addressee) => `${addressee.kind} ${addressee.code} r${state.revision}`);
      expect({ now, due: history.dueAt(now) }).toEqual({ now, due: accepted });
    }
  });
});
