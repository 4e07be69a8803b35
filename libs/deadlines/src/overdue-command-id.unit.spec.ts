import { eventId } from '@hstf/contracts';
import { CBP, DIRECTIVE_ID, FBI } from './directive-history.fixtures';
import { overdueCommandId } from './overdue-command-id';

describe('the command id of an overdue mark', () => {
  const due = { directiveId: DIRECTIVE_ID, addressee: FBI, revision: 1 };

  it('is the same whoever computes it, so the event id is too', () => {
    expect(overdueCommandId({ ...due, addressee: { kind: 'agency', code: 'FBI' } })).toBe(
      overdueCommandId(due),
    );
    expect(overdueCommandId(due)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(eventId(overdueCommandId(due), 0)).toBe(eventId(overdueCommandId({ ...due }), 0));
  });

  it('differs per addressee, kind of addressee and revision', () => {
    const ids = new Set([
      overdueCommandId(due),
      overdueCommandId({ ...due, addressee: CBP }),
      overdueCommandId({ ...due, addressee: { kind: 'state', code: 'FBI' } }),
      overdueCommandId({ ...due, revision: 2 }),
      overdueCommandId({ ...due, directiveId: '9b2e4c1a-6f3d-4e8a-b5c7-1d2e3f4a5b6c' }),
    ]);
    expect(ids.size).toBe(5);
  });
});
