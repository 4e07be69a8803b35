import { CommitmentEvent, DirectiveEvent, DirectiveIssued, TaskingEvent } from '@hstf/domain';
import {
  AgencyInbox,
  CommitmentRow,
  DirectiveRow,
  evolveCommitmentRow,
  evolveDirectiveRow,
  evolveTaskingRow,
  TaskingRow,
} from '@hstf/projections';
import { composeInbox } from './compose-inbox';

const AT = '2026-11-30T09:00:00.000Z';
const NOW = new Date('2026-12-01T00:00:00.000Z');

function fold<R, E>(evolve: (row: R | undefined, event: E) => R | undefined, events: E[]): R {
  return events.reduce<R | undefined>((row, event) => evolve(row, event), undefined) as R;
}

const issued = (id: string, acknowledgeBy: string, extra: Partial<DirectiveIssued['data']> = {}) =>
  ({
    type: 'DirectiveIssued',
    data: {
      directiveId: id,
      title: `Directive ${id}`,
      body: 'Body.',
      priority: 'priority',
      addressees: { states: ['TX'], agencies: ['FBI', 'CBP'] },
      authority: 'EO 14159 sec. 3(b)',
      effectiveAt: AT,
      acknowledgeBy,
      issuedAt: AT,
      revision: 1,
      ...extra,
    },
  }) as DirectiveIssued;

const acknowledged = (id: string, kind: 'agency' | 'state', code: string): DirectiveEvent => ({
  type: 'DirectiveAcknowledged',
  data: {
    directiveId: id,
    addressee: { kind, code },
    acknowledgedBy: 'FBI',
    revision: 1,
    acknowledgedAt: AT,
    late: false,
  },
});

const directive = (events: DirectiveEvent[]): DirectiveRow => fold(evolveDirectiveRow, events);

const tasking = (id: string, lead: string, dueAt: string, later: TaskingEvent['type'][] = []): TaskingRow => {
  const events: TaskingEvent[] = [
    {
      type: 'TaskingAssigned',
      data: {
        taskingId: id,
        taskForce: 'TX',
        leadAgency: lead,
        supportingAgencies: lead === 'FBI' ? ['CBP'] : ['FBI'],
        objective: 'smuggling',
        title: `Tasking ${id}`,
        instructions: 'Do it.',
        dueAt,
        assignedAt: AT,
      },
    },
  ];
  for (const type of later) {
    if (type === 'TaskingAccepted')
      events.push({ type, data: { taskingId: id, leadAgency: lead, acceptedAt: AT } });
    if (type === 'TaskingProgressReported')
      events.push({
        type,
        data: { taskingId: id, reportedBy: lead, summary: 'Half.', percentComplete: 50, reportedAt: AT },
      });
    if (type === 'TaskingBlocked')
      events.push({ type, data: { taskingId: id, reason: 'Warrant pending.', by: lead, blockedAt: AT } });
  }
  return fold(evolveTaskingRow, events);
};

const commitment = (id: string, quantity: number, delivered: number, withdrawn = false): CommitmentRow => {
  const events: CommitmentEvent[] = [
    {
      type: 'SupportPledged',
      data: {
        commitmentId: id,
        agency: 'FBI',
        taskForce: 'TX',
        kind: 'personnel',
        quantity,
        unit: 'agents',
        period: { from: AT, to: '2027-02-28T00:00:00.000Z' },
        appropriation: 'available',
        pledgedAt: AT,
      },
    },
  ];
  if (delivered > 0)
    events.push({
      type: 'SupportDelivered',
      data: {
        commitmentId: id,
        agency: 'FBI',
        deliveryId: 'D-1',
        quantity: delivered,
        unit: 'agents',
        deliveredAt: AT,
        recordedAt: AT,
      },
    });
  if (withdrawn)
    events.push({
      type: 'CommitmentWithdrawn',
      data: { commitmentId: id, agency: 'FBI', reason: 'Recalled.', withdrawnAt: AT },
    });
  return fold(evolveCommitmentRow, events);
};

const inboxOf = (parts: Partial<Omit<AgencyInbox, 'agency'>>): AgencyInbox => ({
  agency: 'FBI',
  directives: [],
  taskings: { lead: [], supporting: [] },
  commitments: [],
  ...parts,
});

const standing = (row: DirectiveRow) => ({
  directive: row,
  acknowledgement: row.acknowledgement.addressees.find((a) => a.addressee.code === 'FBI')!,
  status: 'awaiting',
});

describe("a liaison's inbox", () => {
  it('lists directives the agency has yet to acknowledge, soonest deadline first, each with its command', () => {
    const later = directive([issued('d-later', '2026-12-09T00:00:00.000Z')]);
    const sooner = directive([issued('d-sooner', '2026-12-03T00:00:00.000Z')]);
    const done = directive([
      issued('d-done', '2026-12-02T00:00:00.000Z'),
      acknowledged('d-done', 'agency', 'FBI'),
    ]);
    const lapsed = directive([issued('d-lapsed', '2026-11-30T12:00:00.000Z', { expiresAt: AT })]);
    const view = composeInbox({
      agency: 'FBI',
      inbox: inboxOf({ directives: [later, sooner, done, lapsed].map(standing) }),
      coLed: [],
      now: NOW,
    });
    expect(view.directivesToAcknowledge.map((d) => d.directiveId)).toEqual(['d-sooner', 'd-later']);
    expect(view.directivesToAcknowledge[0]).toMatchObject({
      addressee: { kind: 'agency', code: 'FBI' },
      status: 'awaiting',
      actions: [{ name: 'acknowledge', method: 'POST', href: '/directives/d-sooner/acknowledgements' }],
    });
    expect(view.directivesToAcknowledge[0].actions[0].body).toBeUndefined();
  });

  it('adds the directives of the task forces it co-leads, acknowledged for the state by naming it', () => {
    const toTexas = directive([
      issued('d-tx', '2026-12-03T00:00:00.000Z'),
      acknowledged('d-tx', 'agency', 'FBI'),
    ]);
    const view = composeInbox({
      agency: 'FBI',
      inbox: inboxOf({ directives: [standing(toTexas)] }),
      coLed: [{ state: 'TX', directives: [toTexas] }],
      now: NOW,
    });
    expect(view.coLeads).toEqual(['TX']);
    expect(view.directivesToAcknowledge).toEqual([
      expect.objectContaining({
        directiveId: 'd-tx',
        addressee: { kind: 'state', code: 'TX' },
        actions: [expect.objectContaining({ body: { addressee: { kind: 'state', code: 'TX' } } })],
      }),
    ]);
  });

  it('asks the lead to accept assigned taskings and lead and supporters to report on those under way', () => {
    const toAccept = tasking('t-new', 'FBI', '2026-12-20T00:00:00.000Z');
    const leading = tasking('t-lead', 'FBI', '2026-12-15T00:00:00.000Z', [
      'TaskingAccepted',
      'TaskingProgressReported',
    ]);
    const supporting = tasking('t-support', 'CBP', '2026-12-10T00:00:00.000Z', ['TaskingAccepted']);
    const notYet = tasking('t-not-yet', 'CBP', '2026-12-11T00:00:00.000Z');
    const blocked = tasking('t-blocked', 'FBI', '2026-12-12T00:00:00.000Z', [
      'TaskingAccepted',
      'TaskingProgressReported',
      'TaskingBlocked',
    ]);
    const view = composeInbox({
      agency: 'FBI',
      inbox: inboxOf({ taskings: { lead: [toAccept, leading, blocked], supporting: [supporting, notYet] } }),
      coLed: [],
      now: NOW,
    });
    expect(view.taskingsToAccept.map((t) => [t.taskingId, t.actions.map((a) => a.href)])).toEqual([
      ['t-new', ['/taskings/t-new/acceptance', '/taskings/t-new/declination']],
    ]);
    expect(view.taskingsToReportOn.map((t) => [t.taskingId, t.role, t.actions.map((a) => a.name)])).toEqual([
      ['t-support', 'supporting', ['report-progress', 'block']],
      ['t-blocked', 'lead', ['report-progress', 'unblock']],
      ['t-lead', 'lead', ['report-progress', 'complete', 'block']],
    ]);
  });

  it('lists commitments with support still to deliver, not those delivered in full or withdrawn', () => {
    const view = composeInbox({
      agency: 'FBI',
      inbox: inboxOf({
        commitments: [
          commitment('c-part', 6, 2),
          commitment('c-full', 4, 4),
          commitment('c-off', 5, 0, true),
        ],
      }),
      coLed: [],
      now: NOW,
    });
    expect(view.commitmentsDue).toEqual([
      expect.objectContaining({
        commitmentId: 'c-part',
        delivered: 2,
        remaining: 4,
        actions: [
          expect.objectContaining({ href: '/commitments/c-part/deliveries' }),
          expect.objectContaining({ name: 'adjust' }),
          expect.objectContaining({ name: 'withdraw' }),
        ],
      }),
    ]);
  });
});
