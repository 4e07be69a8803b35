import type { DirectiveAcknowledged } from '../directive';
import type { TaskingAccepted, TaskingDeclined, TaskingProgressReported } from '../tasking';
import type { SupportDelivered, SupportPledged } from '../commitment';
import type { Reader } from './need-to-know';
import { mayReadAllOf, readableEvent, textAuthorOf } from './redact-event';

const liaison = (agency: string): Reader => ({ roles: ['liaison'], agency, states: ['TX'], coLedStates: [] });
const operator: Reader = { roles: ['operator'], states: [], coLedStates: [] };
const stateFeed: Reader = { roles: ['liaison'], states: ['TX'], coLedStates: [] };

const acknowledged: DirectiveAcknowledged = {
  type: 'DirectiveAcknowledged',
  data: {
    directiveId: 'd-1',
    addressee: { kind: 'state', code: 'TX' },
    acknowledgedBy: 'ICE-HSI',
    revision: 1,
    acknowledgedAt: '2026-12-03T10:00:00.000Z',
    late: false,
    note: 'Informant in place (sensitive).',
  },
};
const declined: TaskingDeclined = {
  type: 'TaskingDeclined',
  data: {
    taskingId: 't-1',
    leadAgency: 'DEA',
    reason: 'No agents free.',
    declinedAt: '2026-12-03T10:00:00.000Z',
  },
};
const progress: TaskingProgressReported = {
  type: 'TaskingProgressReported',
  data: {
    taskingId: 't-1',
    reportedBy: 'FBI',
    summary: 'Two houses under surveillance.',
    percentComplete: 40,
    reportedAt: '2026-12-03T10:00:00.000Z',
  },
};
const pledged: SupportPledged = {
  type: 'SupportPledged',
  data: {
    commitmentId: 'c-1',
    agency: 'CBP',
    taskForce: 'TX',
    kind: 'personnel',
    quantity: 4,
    unit: 'agents',
    period: { from: '2026-12-04T00:00:00.000Z', to: '2026-12-20T00:00:00.000Z' },
    appropriation: 'available',
    note: 'Drawn from the Laredo sector.',
    pledgedAt: '2026-12-03T10:00:00.000Z',
  },
};
const delivered: SupportDelivered = {
  type: 'SupportDelivered',
  data: {
    commitmentId: 'c-1',
    agency: 'CBP',
    deliveryId: 'v-1',
    quantity: 2,
    unit: 'agents',
    deliveredAt: '2026-12-05T00:00:00.000Z',
    note: 'Two more next week.',
    recordedAt: '2026-12-05T01:00:00.000Z',
  },
};

describe('what a reader reads of an event', () => {
  it.each([
    ['an acknowledgement note', acknowledged, 'ICE-HSI', 'note'],
    ['a decline reason', declined, 'DEA', 'reason'],
    ['a progress report', progress, 'FBI', 'summary'],
    ['a pledge note', pledged, 'CBP', 'note'],
    ['a delivery note', delivered, 'CBP', 'note'],
  ] as const)(
    '%s is read by the agency that wrote it and the command center only',
    (_, event, author, field) => {
      expect(textAuthorOf(event)).toBe(author);
      expect(readableEvent(liaison(author), event)).toEqual(event);
      expect(readableEvent(operator, event)).toEqual(event);
      for (const other of [liaison('USMS'), stateFeed]) {
        const seen = readableEvent(other, event) as { type: string; data: Record<string, unknown> };
        expect(mayReadAllOf(other, event)).toBe(false);
        expect(seen.data).not.toHaveProperty(field);
        // Everything but the words is still there: the status, who, when.
        const { [field]: _words, ...rest } = event.data as Record<string, unknown>;
        expect(seen.data).toEqual(rest);
        expect(seen.type).toBe(event.type);
      }
    },
  );

  it('an event without words of an agency reads the same for everyone', () => {
    const accepted: TaskingAccepted = {
      type: 'TaskingAccepted',
      data: { taskingId: 't-1', leadAgency: 'DEA', acceptedAt: '2026-12-03T10:00:00.000Z' },
    };
    expect(textAuthorOf(accepted)).toBeUndefined();
    expect(readableEvent(liaison('USMS'), accepted)).toBe(accepted);
    const { note: _none, ...silent } = acknowledged.data;
    const withoutNote: DirectiveAcknowledged = { ...acknowledged, data: silent };
    expect(textAuthorOf(withoutNote)).toBeUndefined();
    expect(readableEvent(liaison('USMS'), withoutNote)).toBe(withoutNote);
  });

  it('an event without a data object has no words to withhold, and does not throw', () => {
    const malformed = { type: 'TaskingDeclined', data: null };
    expect(mayReadAllOf(liaison('USMS'), malformed)).toBe(true);
    expect(textAuthorOf(malformed)).toBeUndefined();
    expect(readableEvent(liaison('USMS'), malformed)).toBe(malformed);
  });

  it('a reader without an agency, or without a role, never reads the words', () => {
    const nobody: Reader = { roles: [], agency: 'DEA', states: ['TX'], coLedStates: [] };
    expect(mayReadAllOf(nobody, declined)).toBe(false);
    expect(mayReadAllOf(stateFeed, declined)).toBe(false);
  });
});

describe("a tip's triage note", () => {
  const triaged = {
    type: 'TipTriaged',
    data: {
      outreachId: 'o-1',
      taskForce: 'TX',
      tip: 'TIP-TX-2026-000001',
      priority: 'urgent',
      note: 'Shelter known.',
    },
  };
  it('is read by the command center only: the partners and the state see the triage without it', () => {
    const partner = { roles: ['liaison'], agency: 'AMTRAK-PD', states: ['TX'], coLedStates: [] };
    const { note: _note, ...withoutNote } = triaged.data;
    expect(readableEvent(partner, triaged as never)).toStrictEqual({ ...triaged, data: withoutNote });
    expect(readableEvent({ roles: ['operator'], states: [], coLedStates: [] }, triaged as never)).toEqual(
      triaged,
    );
  });
});
