import { acknowledgementStatus, pendingAddressees } from './acknowledgement-status';
import { directiveDecider } from './directive.decider';
import { ACK_BY, AZ, CBP, DIRECTIVE_ID, FBI, NOW, TX } from './directive.fixtures';
import {
  acknowledged,
  acknowledgedLate,
  amended,
  issued,
  markedOverdue,
  rescinded,
} from './directive-history.fixtures';
import { DirectiveEvent } from './events';
import { fold } from '../shared';

const stateAfter = (events: DirectiveEvent[]) => fold(directiveDecider, events);

describe('pending addressees are those that have not acknowledged the current revision', () => {
  it('are none before the directive is issued', () => {
    expect(pendingAddressees(stateAfter([]))).toEqual([]);
  });

  it('are every addressee, states first, right after issue', () => {
    expect(pendingAddressees(stateAfter([issued]))).toEqual([TX, AZ, FBI, CBP]);
  });

  it('include an overdue addressee and leave out one that acknowledged late', () => {
    const history = [issued, acknowledged(TX, 'FBI'), markedOverdue(AZ), acknowledgedLate(CBP, 'CBP')];
    expect(pendingAddressees(stateAfter(history))).toEqual([AZ, FBI]);
  });

  it('are every addressee again after an amendment, the added ones included', () => {
    const history = [
      issued,
      acknowledged(FBI, 'FBI'),
      amended(2, { addedAddressees: { states: [], agencies: ['DEA'] } }),
    ];
    expect(pendingAddressees(stateAfter(history))).toEqual([
      TX,
      AZ,
      FBI,
      CBP,
      { kind: 'agency', code: 'DEA' },
    ]);
  });
});

describe('the acknowledgement status of a directive', () => {
  it('is undefined before the directive is issued', () => {
    expect(acknowledgementStatus(stateAfter([]))).toBeUndefined();
  });

  it('counts acknowledged, late, overdue and awaiting addressees of the current revision', () => {
    const history = [issued, acknowledged(TX, 'FBI'), markedOverdue(AZ), acknowledgedLate(CBP, 'CBP')];
    expect(acknowledgementStatus(stateAfter(history))).toStrictEqual({
      directiveId: DIRECTIVE_ID,
      directiveStatus: 'issued',
      revision: 1,
      acknowledgeBy: ACK_BY,
      addressees: [
        {
          addressee: TX,
          status: 'acknowledged',
          acknowledgement: acknowledgementOf(TX, 'FBI'),
          lastAcknowledgedRevision: 1,
        },
        { addressee: AZ, status: 'overdue' },
        { addressee: FBI, status: 'awaiting' },
        {
          addressee: CBP,
          status: 'acknowledged',
          acknowledgement: lateAcknowledgementOf(CBP, 'CBP'),
          lastAcknowledgedRevision: 1,
        },
      ],
      total: 4,
      acknowledged: 2,
      late: 1,
      overdue: 1,
      awaiting: 1,
      complete: false,
    });
  });

  it('remembers the earlier revision an addressee acknowledged, and forgets overdue marks of it', () => {
    const history = [issued, acknowledged(FBI, 'FBI'), markedOverdue(TX), amended()];
    const status = acknowledgementStatus(stateAfter(history));
    expect(status?.revision).toBe(2);
    expect(status?.addressees.find((a) => a.addressee.code === 'FBI')).toStrictEqual({
      addressee: FBI,
      status: 'awaiting',
      lastAcknowledgedRevision: 1,
    });
    expect(status?.addressees.find((a) => a.addressee.code === 'TX')).toStrictEqual({
      addressee: TX,
      status: 'awaiting',
    });
    expect(status).toMatchObject({ acknowledged: 0, awaiting: 4, overdue: 0 });
  });

  it('gives the latest revision an addressee acknowledged, whatever the order of the records', () => {
    const history = [
      issued,
      acknowledged(FBI, 'FBI'),
      amended(2),
      acknowledged(FBI, 'FBI', 2),
      amended(3, { body: 'Report twice daily.' }),
      acknowledged(TX, 'FBI', 2),
    ];
    const status = acknowledgementStatus(stateAfter(history));
    expect(status?.addressees.find((a) => a.addressee.code === 'FBI')).toStrictEqual({
      addressee: FBI,
      status: 'awaiting',
      lastAcknowledgedRevision: 2,
    });
    expect(status?.addressees.find((a) => a.addressee.code === 'TX')?.lastAcknowledgedRevision).toBe(2);
  });

  it('tells a state addressee apart from an agency of the same code in what it acknowledged', () => {
    const history = [issued, acknowledged({ kind: 'agency', code: 'TX' }, 'TX')];
    const status = acknowledgementStatus(stateAfter(history));
    expect(status?.addressees.find((a) => a.addressee.code === 'TX')).toStrictEqual({
      addressee: TX,
      status: 'awaiting',
    });
  });

  it('is complete once every addressee acknowledged, and keeps the ending of the directive', () => {
    const everyone = [
      acknowledged(TX, 'FBI'),
      acknowledged(AZ, 'ICE-HSI'),
      acknowledged(FBI, 'FBI'),
      acknowledged(CBP, 'CBP'),
    ];
    expect(acknowledgementStatus(stateAfter([issued, ...everyone]))).toMatchObject({
      complete: true,
      acknowledged: 4,
    });
    expect(acknowledgementStatus(stateAfter([issued, ...everyone, rescinded]))).toMatchObject({
      directiveStatus: 'rescinded',
    });
  });
});

function acknowledgementOf(addressee: typeof TX, by: string) {
  return { addressee, acknowledgedBy: by, revision: 1, acknowledgedAt: NOW, late: false };
}

function lateAcknowledgementOf(addressee: typeof TX, by: string) {
  return {
    ...acknowledgementOf(addressee, by),
    acknowledgedAt: acknowledgedLate(addressee, by).data.acknowledgedAt,
    late: true,
  };
}
