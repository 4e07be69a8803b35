import { Actor, Role } from './actor';
import { canAudit } from './read-policy';

const actor = (role: Role): Actor => ({ sub: role, roles: [role], agency: 'DEA', states: ['FL', 'GA'] });

describe('who audits', () => {
  it.each<[Role, boolean]>([
    ['supervisor', true],
    ['auditor', true],
    ['operator', false],
    ['liaison', false],
    ['admin', false],
  ])('%s may audit: %s', (role, expected) => {
    expect(canAudit(actor(role))).toBe(expected);
  });

  it('a token with several roles audits when one of them does', () => {
    expect(canAudit({ sub: 'x', roles: ['liaison', 'auditor'], states: [] })).toBe(true);
    expect(canAudit({ sub: 'x', roles: [], states: [] })).toBe(false);
  });
});
