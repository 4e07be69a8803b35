import { deciderSpec } from '../shared/decider-spec';
import { directiveDecider } from './directive.decider';
import { acknowledge, AZ, FBI, TX, TX_CO_LEADS } from './directive.fixtures';
import { acknowledged, issued } from './directive-history.fixtures';

const spec = deciderSpec(directiveDecider);

describe('a state addressee is acknowledged by a co-lead agency of its task force', () => {
  it('accepts a liaison of either co-lead', () => {
    spec
      .given([issued])
      .when(acknowledge(TX, 'ICE-HSI', { coLeads: TX_CO_LEADS }))
      .then([acknowledged(TX, 'ICE-HSI')]);
  });

  it('keeps the state apart from the same agency as an addressee in its own right', () => {
    spec
      .given([issued, acknowledged(FBI, 'FBI')])
      .when(acknowledge(TX, 'FBI', { coLeads: TX_CO_LEADS }))
      .then([acknowledged(TX, 'FBI')]);
  });

  it('refuses an agency that does not co-lead that task force', () => {
    const error = spec
      .given([issued])
      .when(acknowledge(TX, 'CBP', { coLeads: TX_CO_LEADS }))
      .thenRefuses('DIRECTIVE_ACTOR_NOT_CO_LEAD');
    expect(error.message).toContain('TX task force (FBI, ICE-HSI)');
  });

  it('refuses when the application supplied no co-leads', () => {
    const error = spec
      .given([issued])
      .when(acknowledge(AZ, 'FBI'))
      .thenRefuses('DIRECTIVE_ACTOR_NOT_CO_LEAD');
    expect(error.message).toContain('none known');
  });

  it('refuses the command centre', () => {
    spec
      .given([issued])
      .when(acknowledge(TX, undefined, { coLeads: TX_CO_LEADS }))
      .thenRefuses('DIRECTIVE_ACTOR_NOT_CO_LEAD');
  });

  it('refuses a state the directive is not addressed to', () => {
    spec
      .given([issued])
      .when(acknowledge({ kind: 'state', code: 'NM' }, 'FBI', { coLeads: TX_CO_LEADS }))
      .thenRefuses('DIRECTIVE_NOT_AN_ADDRESSEE');
  });
});
