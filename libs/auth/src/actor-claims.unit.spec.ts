import { actorFromClaims } from './actor-claims';

describe('actorFromClaims', () => {
  it('drops repeated roles and states and defaults states to none', () => {
    expect(actorFromClaims({ sub: 'o-1', roles: ['operator', 'operator'] })).toEqual({
      ok: true,
      actor: { sub: 'o-1', roles: ['operator'], states: [] },
    });
    expect(
      actorFromClaims({ sub: 'l-1', roles: ['liaison'], agency: 'TX-DPS', states: ['TX', 'TX'] }),
    ).toEqual({
      ok: true,
      actor: { sub: 'l-1', roles: ['liaison'], agency: 'TX-DPS', states: ['TX'] },
    });
  });

  it.each([
    [{ roles: ['operator'] }, 'missing-claim', 'the token has no subject (claim "sub")'],
    [
      { sub: '', roles: ['operator'] },
      'malformed-claim',
      'the subject (claim "sub") must be a non-empty string',
    ],
    [{ sub: 'x', roles: 'operator' }, 'malformed-claim', 'claim "roles" must be an array of role names'],
    [{ sub: 'x', roles: [] }, 'missing-claim', 'the token grants no role (claim "roles" is empty)'],
    [
      { sub: 'x', roles: ['root'] },
      'unknown-role',
      'unknown role "root"; known roles are operator, supervisor, liaison, auditor, admin',
    ],
    [
      { sub: 'x', roles: ['operator'], agency: 42 },
      'malformed-claim',
      'claim "agency" must be a non-empty agency code',
    ],
    [
      { sub: 'x', roles: ['operator'], states: ['texas'] },
      'malformed-claim',
      'claim "states" must be an array of two-letter USPS codes such as "TX"',
    ],
    [
      { sub: '   ', roles: ['operator'] },
      'malformed-claim',
      'the subject (claim "sub") must be a non-empty string',
    ],
    [
      { sub: 42, roles: ['operator'] },
      'malformed-claim',
      'the subject (claim "sub") must be a non-empty string',
    ],
    [{ sub: 'x' }, 'missing-claim', 'the token grants no role (claim "roles" is missing)'],
    [
      { sub: 'x', roles: ['operator'], agency: ' ' },
      'malformed-claim',
      'claim "agency" must be a non-empty agency code',
    ],
    [
      { sub: 'x', roles: ['liaison'] },
      'liaison-without-agency',
      'a liaison token must name the liaison\'s agency (claim "agency")',
    ],
    [
      { sub: 'x', roles: ['operator'], states: ['TXX'] },
      'malformed-claim',
      'claim "states" must be an array of two-letter USPS codes such as "TX"',
    ],
    [
      { sub: 'x', roles: ['operator'], states: ['xTX'] },
      'malformed-claim',
      'claim "states" must be an array of two-letter USPS codes such as "TX"',
    ],
    [
      { sub: 'x', roles: ['operator'], states: ['TX', 42] },
      'malformed-claim',
      'claim "states" must be an array of two-letter USPS codes such as "TX"',
    ],
    [
      { sub: 'x', roles: ['operator'], states: 'TX' },
      'malformed-claim',
      'claim "states" must be an array of two-letter USPS codes such as "TX"',
    ],
  ])('refuses %j as %s', (claims, code, reason) => {
    expect(actorFromClaims(claims)).toEqual({ ok: false, code, reason });
  });

  it('gives an operator that names an agency the agency, for display', () => {
    expect(actorFromClaims({ sub: 'o-1', roles: ['operator'], agency: 'FBI' })).toEqual({
      ok: true,
      actor: { sub: 'o-1', roles: ['operator'], agency: 'FBI', states: [] },
    });
  });

  it('gives an actor without an agency claim no agency at all', () => {
    const read = actorFromClaims({ sub: 'o-1', roles: ['operator'] });
    expect(read.ok && Object.keys(read.actor)).toEqual(['sub', 'roles', 'states']);
  });
});
