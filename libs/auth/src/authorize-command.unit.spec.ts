import { Actor } from './actor';
import { authorizeCommand } from './authorize-command';

const liaison: Actor = { sub: 'l-1', roles: ['liaison'], agency: 'ICE-HSI', states: ['TX'] };

describe('authorizeCommand', () => {
  it('explains a refusal by the role', () => {
    const auditor: Actor = { sub: 'a-1', roles: ['auditor'], states: [] };
    expect(authorizeCommand(auditor, 'IssueDirective')).toEqual({
      ok: false,
      reason: 'the role auditor may not send IssueDirective',
    });
  });

  it('refuses a liaison command that names no acting agency instead of guessing', () => {
    expect(authorizeCommand(liaison, 'PledgeSupport')).toEqual({
      ok: false,
      reason: 'PledgeSupport names no acting agency, and a liaison may act only for its own',
    });
  });

  it('lets an operator act for any agency', () => {
    const operator: Actor = { sub: 'o-1', roles: ['operator'], states: [] };
    expect(authorizeCommand(operator, 'AssignTasking', { actsForAgency: 'FBI' })).toEqual({ ok: true });
  });

  it('does not restrict a liaison who is also a supervisor when acting as supervisor', () => {
    const both: Actor = { ...liaison, roles: ['liaison', 'supervisor'] };
    expect(authorizeCommand(both, 'IssueDirective', { actsForAgency: 'FBI' })).toEqual({ ok: true });
    expect(authorizeCommand(both, 'AcceptTasking', { actsForAgency: 'FBI' }).ok).toBe(false);
  });

  it('names every role of a refused actor', () => {
    const actor: Actor = { sub: 'x', roles: ['auditor', 'admin'], states: [] };
    expect(authorizeCommand(actor, 'CancelTasking')).toEqual({
      ok: false,
      reason: 'the roles auditor, admin may not send CancelTasking',
    });
  });

  it('explains a refusal to an actor without a role', () => {
    expect(authorizeCommand({ sub: 'x', roles: [], states: [] }, 'IssueDirective')).toEqual({
      ok: false,
      reason: 'an actor without a role may not send IssueDirective',
    });
  });

  it('names both roles when neither may send the command', () => {
    expect(authorizeCommand({ sub: 'x', roles: ['auditor', 'admin'], states: [] }, 'IssueDirective')).toEqual(
      {
        ok: false,
        reason: 'the roles auditor, admin may not send IssueDirective',
      },
    );
  });

  it('refuses a liaison without an agency acting for one, saying it has none', () => {
    const unattached: Actor = { sub: 'x', roles: ['liaison'], states: [] };
    expect(authorizeCommand(unattached, 'PledgeSupport', { actsForAgency: 'FBI' })).toEqual({
      ok: false,
      reason: 'a liaison of no agency may not send PledgeSupport for FBI',
    });
  });
});
