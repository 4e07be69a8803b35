import { actorFromClaims } from '@hstf/auth';
import { DEADLINES_ACTOR } from './deadlines-actor';

// The deadlines actor's subject is reserved in libs/auth: were the two lists to drift, a token could act
// under the name the audit trail gives to the command center's own overdue marks.
describe('the deadlines actor', () => {
  it('acts under a subject no token may carry', () => {
    expect(actorFromClaims({ sub: DEADLINES_ACTOR.sub, roles: ['supervisor'] })).toMatchObject({
      ok: false,
      code: 'reserved-subject',
    });
  });

  it('is the system, not a role', () => {
    expect(DEADLINES_ACTOR).toEqual({ sub: 'hstf-deadlines', roles: [], states: [], system: true });
  });
});
