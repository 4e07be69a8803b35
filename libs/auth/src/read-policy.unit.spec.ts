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

  it('an operator who is also a liaison reads any agency: any role that reads everything suffices', () => {
    const both: Actor = { sub: 'x', roles: ['liaison', 'operator'], agency: 'DEA', states: [] };
    expect(canReadAgency(both, 'FBI')).toBe(true);
    expect(canReadState(both, 'AK')).toBe(true);
  });

  it('an actor without a role reads nothing, not even the agency it names', () => {
    const none: Actor = { sub: 'x', roles: [], agency: 'DEA', states: ['FL'] };
    expect(canReadAgency(none, 'DEA')).toBe(false);
    expect(canReadState(none, 'FL')).toBe(false);
  });

  it('a liaison without an agency reads no agency', () => {
    const unattached: Actor = { sub: 'x', roles: ['liaison'], states: [] };
    expect(canReadAgency(unattached, 'DEA')).toBe(false);
  });
});
