import { validate, version } from 'uuid';
import { EVENT_ID_NAMESPACE, eventId } from './event-id';

describe('deterministic event ids', () => {
  it('gives a retried command the same ids', () => {
    expect(eventId('cmd-1', 0)).toBe(eventId('cmd-1', 0));
    expect(eventId('cmd-1', 1)).toBe(eventId('cmd-1', 1));
  });

  it('gives each event of a command, and each command, its own id', () => {
    const ids = [eventId('cmd-1', 0), eventId('cmd-1', 1), eventId('cmd-2', 0), eventId('cmd-10', 0)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is a UUID v5 in the fixed project namespace', () => {
    const id = eventId('6f1e2a4c-0000-4000-8000-000000000001', 0);
    expect(validate(id) && version(id)).toBe(5);
    expect(validate(EVENT_ID_NAMESPACE)).toBe(true);
    // A known answer: if this changes, every stored id changes and retries would append twice.
    expect(eventId('cmd-1', 0)).toBe('53388345-81fb-5f18-a8b2-d12eb62a7f88');
  });

  it('refuses an empty command id or an index that is not a non-negative integer', () => {
    expect(() => eventId('', 0)).toThrow('command id');
    expect(() => eventId('cmd-1', -1)).toThrow('non-negative integer');
    expect(() => eventId('cmd-1', 1.5)).toThrow('non-negative integer');
  });
});
