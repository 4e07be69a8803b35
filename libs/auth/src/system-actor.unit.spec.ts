import { Actor } from './actor';
import { authorizeCommand } from './authorize-command';

const system: Actor = { sub: 'hstf-deadlines', roles: [], states: [], system: true };
const supervisor: Actor = { sub: 's-1', roles: ['supervisor', 'admin'], states: [] };

describe('the command center itself as an actor', () => {
  it('may mark an acknowledgement overdue, which no role may', () => {
    expect(authorizeCommand(system, 'MarkAcknowledgementOverdue')).toEqual({ ok: true });
    expect(authorizeCommand(supervisor, 'MarkAcknowledgementOverdue')).toEqual({
      ok: false,
      reason: 'MarkAcknowledgementOverdue is sent only by the command center itself',
    });
  });

  it('may send nothing else', () => {
    expect(authorizeCommand(system, 'RescindDirective')).toEqual({
      ok: false,
      reason: 'the command center itself sends no RescindDirective',
    });
  });
});
