import { deciderSpec } from '../shared/decider-spec';
import { directiveDecider } from './directive.decider';
import { ACK_BY, AZ, CBP, DIRECTIVE_ID, FBI, LATE, markOverdue, TX } from './directive.fixtures';
import {
  acknowledged,
  acknowledgedLate,
  amended,
  issued,
  markedOverdue,
  rescinded,
  superseded,
} from './directive-history.fixtures';

const spec = deciderSpec(directiveDecider);

describe('the deadline process manager marks an addressee overdue', () => {
  it('records the addressee, the revision and the deadline it missed', () => {
    spec
      .given([issued])
      .when(markOverdue(TX))
      .then([
        {
          type: 'DirectiveAcknowledgementOverdue',
          data: {
            directiveId: DIRECTIVE_ID,
            addressee: TX,
            revision: 1,
            acknowledgeBy: ACK_BY,
            markedAt: LATE,
          },
        },
      ]);
  });

  it('marks addressees one by one', () => {
    spec
      .given([issued, markedOverdue(TX)])
      .when(markOverdue(CBP))
      .then([markedOverdue(CBP)]);
  });

  it('marks the new revision anew after an amendment', () => {
    spec
      .given([issued, markedOverdue(TX), amended()])
      .when(markOverdue(TX))
      .then([markedOverdue(TX, 2)]);
  });

  it('may mark after expiry: the missed deadline stays a fact', () => {
    spec.given([issued]).when(markOverdue(AZ, '2026-08-01T00:00:00.000Z')).state();
  });
});

describe('an overdue mark is refused', () => {
  it.each([[ACK_BY], ['2026-03-04T12:00:00Z']])('at %s, not past the deadline', (now) => {
    const error = spec
      .given([issued])
      .when(markOverdue(TX, now))
      .thenRefuses('DIRECTIVE_ACKNOWLEDGEMENT_NOT_YET_DUE');
    expect(error.message).toContain(ACK_BY);
  });

  it('when the addressee has acknowledged the current revision, even late', () => {
    spec
      .given([issued, acknowledgedLate(FBI, 'FBI')])
      .when(markOverdue(FBI))
      .thenRefuses('DIRECTIVE_ALREADY_ACKNOWLEDGED');
  });

  it('when the addressee was already marked overdue for this revision', () => {
    const error = spec
      .given([issued, markedOverdue(TX)])
      .when(markOverdue(TX))
      .thenRefuses('DIRECTIVE_ALREADY_MARKED_OVERDUE');
    expect(error.message).toContain('state TX');
  });

  it('when the acknowledgement was of an earlier revision only, it is not refused', () => {
    spec
      .given([issued, acknowledged(FBI, 'FBI'), amended()])
      .when(markOverdue(FBI))
      .then([markedOverdue(FBI, 2)]);
  });

  it('for an addressee the directive does not name', () => {
    spec
      .given([issued])
      .when(markOverdue({ kind: 'agency', code: 'DEA' }))
      .thenRefuses('DIRECTIVE_NOT_AN_ADDRESSEE');
  });

  it('for a directive never issued, rescinded or superseded', () => {
    spec.given([]).when(markOverdue(TX)).thenRefuses('DIRECTIVE_NOT_FOUND');
    spec.given([issued, rescinded]).when(markOverdue(TX)).thenRefuses('DIRECTIVE_RESCINDED');
    spec.given([issued, superseded]).when(markOverdue(TX)).thenRefuses('DIRECTIVE_SUPERSEDED');
  });
});
