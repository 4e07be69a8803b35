import { deciderSpec } from '../shared/decider-spec';
import { agencyDecider } from './agency.decider';
import { NOW, register, registered } from './agency.fixtures';
import { RegistrableAgencyKind } from './commands';

const spec = deciderSpec(agencyDecider);

describe('an admin registers a state or local agency', () => {
  it('records the code, name, kind and state of a state agency', () => {
    spec
      .given([])
      .when(register())
      .then([
        {
          type: 'AgencyRegistered',
          data: {
            code: 'TX-DPS',
            name: 'Texas Department of Public Safety',
            kind: 'state',
            state: 'TX',
            registeredAt: NOW,
          },
        },
      ]);
  });

  it('registers a local agency with a two-part code', () => {
    const state = spec
      .given([])
      .when(register({ code: 'TX-HPD-VICE', name: 'Houston Police Vice Division', kind: 'local' }))
      .state();
    expect(state).toEqual({
      status: 'registered',
      code: 'TX-HPD-VICE',
      name: 'Houston Police Vice Division',
      kind: 'local',
      state: 'TX',
    });
  });

  it('refuses an agency registered a second time', () => {
    const error = spec.given([registered]).when(register()).thenRefuses('AGENCY_ALREADY_REGISTERED');
    expect(error.message).toContain('TX-DPS');
  });

  it('refuses a code of the federal catalog', () => {
    const error = spec
      .given([])
      .when(register({ code: 'FBI', name: 'Federal Bureau of Investigation' }))
      .thenRefuses('AGENCY_IN_FEDERAL_CATALOG');
    expect(error.message).toContain('Federal Bureau of Investigation');
  });

  it('refuses a state that is not a USPS code', () => {
    const error = spec
      .given([])
      .when(register({ code: 'XX-DPS', state: 'XX' }))
      .thenRefuses('AGENCY_UNKNOWN_STATE');
    expect(error.message).toContain('XX');
  });

  it.each([['TXDPS'], ['TX-D'], ['tx-dps'], ['TEX-DPS'], ['XX-DPS'], ['TX-DPS-A-B']])(
    'refuses the code %s, which has not the state/local shape',
    (code) => {
      const error = spec.given([]).when(register({ code })).thenRefuses('AGENCY_INVALID_CODE');
      expect(error.message).toContain(code);
    },
  );

  it('refuses a code whose prefix names another state', () => {
    const error = spec
      .given([])
      .when(register({ code: 'OK-DPS', state: 'TX' }))
      .thenRefuses('AGENCY_CODE_STATE_MISMATCH');
    expect(error.message).toContain('OK');
  });

  it('registers a partner NGO of a state, for victim-services referrals', () => {
    const state = spec
      .given([])
      .when(register({ code: 'TX-SAFEHOUSE', kind: 'ngo' }))
      .state();
    expect(state).toMatchObject({ status: 'registered', kind: 'ngo' });
  });

  it('refuses a kind other than state, local or ngo', () => {
    spec
      .given([])
      .when(register({ kind: 'federal' as RegistrableAgencyKind }))
      .thenRefuses('AGENCY_INVALID_KIND');
  });

  it('refuses a blank name', () => {
    spec
      .given([])
      .when(register({ name: '   ' }))
      .thenRefuses('AGENCY_BLANK_NAME');
  });
});

describe('the name an agency is registered under is one line', () => {
  it.each([
    ['runs over two lines', 'Texas Department\nof Public Safety', 'contains U+000A; it must be one line'],
    [
      'carries a right-to-left override',
      'Texas\u202eDPS',
      'contains the invisible formatting character U+202E',
    ],
  ])('is refused when it %s', (_why, name, problem) => {
    const error = spec.given([]).when(register({ name })).thenRefuses('AGENCY_INVALID_NAME');
    expect(error.message).toBe(`The name of agency TX-DPS ${problem}.`);
  });

  it('names the agency in the refusal of a blank name', () => {
    const error = spec
      .given([])
      .when(register({ name: '' }))
      .thenRefuses('AGENCY_BLANK_NAME');
    expect(error.message).toBe('The name of agency TX-DPS must not be blank.');
  });
});
