import { deciderSpec } from '../shared/decider-spec';
import { directiveDecider } from './directive.decider';
import { ACK_BY, acknowledge, CBP, DIRECTIVE_ID, FBI, LATE, TX, TX_CO_LEADS } from './directive.fixtures';
import { acknowledged, acknowledgedLate, amended, issued, markedOverdue } from './directive-history.fixtures';

const spec = deciderSpec(directiveDecider);

describe('an agency addressee acknowledges through its own liaison', () => {
  it('records the addressee, who acknowledged, the revision and the time', () => {
    spec
      .given([issued])
      .when(acknowledge(FBI, 'FBI'))
      .then([acknowledged(FBI, 'FBI')]);
  });

  it('may add a note', () => {
    const note = 'Received; field offices notified.';
    spec
      .given([issued])
      .when(acknowledge(CBP, 'CBP', { note }))
      .then([{ type: 'DirectiveAcknowledged', data: { ...acknowledged(CBP, 'CBP').data, note } }]);
    const state = spec
      .given([issued])
      .when(acknowledge(CBP, 'CBP', { note }))
      .state();
    expect(state).toMatchObject({ acknowledgements: [{ addressee: CBP, revision: 1, note }] });
  });

  it('refuses a blank note', () => {
    spec
      .given([issued])
      .when(acknowledge(CBP, 'CBP', { note: ' ' }))
      .thenRefuses('DIRECTIVE_BLANK_FIELD');
  });

  it('refuses a liaison of another agency', () => {
    const error = spec
      .given([issued])
      .when(acknowledge(FBI, 'CBP'))
      .thenRefuses('DIRECTIVE_ACTOR_NOT_ADDRESSEE');
    expect(error.message).toContain('acts for CBP');
  });

  it('refuses the command centre, which acts for no agency', () => {
    const error = spec
      .given([issued])
      .when(acknowledge(FBI, undefined))
      .thenRefuses('DIRECTIVE_ACTOR_NOT_ADDRESSEE');
    expect(error.message).toContain('the command centre');
  });

  it('refuses an agency the directive is not addressed to', () => {
    const error = spec
      .given([issued])
      .when(acknowledge({ kind: 'agency', code: 'DEA' }, 'DEA'))
      .thenRefuses('DIRECTIVE_NOT_AN_ADDRESSEE');
    expect(error.message).toContain('agency DEA');
  });
});

describe('each addressee acknowledges each revision once', () => {
  it('refuses a second acknowledgement of the same revision, even by another co-lead', () => {
    const error = spec
      .given([issued, acknowledged(TX, 'FBI')])
      .when(acknowledge(TX, 'ICE-HSI', { coLeads: TX_CO_LEADS }))
      .thenRefuses('DIRECTIVE_ALREADY_ACKNOWLEDGED');
    expect(error.message).toContain(`Revision 1 of directive ${DIRECTIVE_ID}`);
  });

  it('asks for the acknowledgement again after an amendment, at the new revision', () => {
    spec
      .given([issued, acknowledged(FBI, 'FBI'), amended()])
      .when(acknowledge(FBI, 'FBI'))
      .then([acknowledged(FBI, 'FBI', 2)]);
  });
});

describe('an acknowledgement after the deadline is accepted and recorded as late', () => {
  it('is on time at the deadline itself', () => {
    spec
      .given([issued])
      .when(acknowledge(FBI, 'FBI', { now: ACK_BY }))
      .then([acknowledged(FBI, 'FBI', 1, ACK_BY)]);
  });

  it('is late after the deadline', () => {
    spec
      .given([issued])
      .when(acknowledge(CBP, 'CBP', { now: LATE }))
      .then([acknowledgedLate(CBP, 'CBP')]);
  });

  it('is still accepted from an addressee already marked overdue', () => {
    spec
      .given([issued, markedOverdue(CBP)])
      .when(acknowledge(CBP, 'CBP', { now: LATE }))
      .then([acknowledgedLate(CBP, 'CBP')]);
  });

  it('may come before the directive takes effect', () => {
    const early = '2026-03-01T12:00:00.000Z';
    spec
      .given([issued])
      .when(acknowledge(FBI, 'FBI', { now: early }))
      .then([acknowledged(FBI, 'FBI', 1, early)]);
  });
});
