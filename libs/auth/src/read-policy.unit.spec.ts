import { Actor, Role } from './actor';
import { canAudit, canReadAgency, canReadState } from './read-policy';

const actor = (role: Role): Actor => ({ sub: role, roles: [role], agency: 'DEA', states: ['FL', 'GA'] });

describe('read policy', () => {
  it.each<Role>(['operator', 'supervisor', 'auditor', 'admin'])(
    '%s reads any agency and any state',
    (role) => {
      expect(canReadAgency(actor(role), 'FBI')).toBe(true);
      expect(canReadState(actor(role), 'AK')).toBe(true);
    },
  );

  it('a liaison reads its own agency only', () => {
    expect(canReadAgency(actor('liaison'), 'DEA')).toBe(true);
    expect(canReadAgency(actor('liaison'), 'FBI')).toBe(false);
  });

  it('a liaison reads only the states its token names', () => {
    expect(canReadState(actor('liaison'), 'GA')).toBe(true);
    expect(canReadState(actor('liaison'), 'TX')).toBe(false);
  });

  it.each<[Role, boolean]>([
    ['supervisor', true],
    ['auditor', true],
    ['operator', false],
    ['liaison', false],
    ['admin', false],
  ])('%s may audit: %s', (role, expected) => {
    expect(canAudit(actor(role))).toBe(expected);
  });
});
