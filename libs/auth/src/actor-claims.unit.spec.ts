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
  ])('refuses %j as %s', (claims, code, reason) => {
    expect(actorFromClaims(claims)).toEqual({ ok: false, code, reason });
  });
});
