import type { FieldError } from '../registry/field-errors';
import { eventRegistry, HstfEvent } from './event-registry';

/** The field errors the registry finds in an event's data at version 1; empty when it is valid. */
export function errorsOf(event: {
  readonly type: HstfEvent['type'];
  readonly data: unknown;
}): readonly FieldError[] {
  const result = eventRegistry.validate(event.type, 1, event.data);
  return result.ok ? [] : result.errors;
}

/** The same event with some of its data replaced, for refusal tests. */
export const withData = <E extends HstfEvent>(event: E, changes: Record<string, unknown>) => ({
  type: event.type,
  data: { ...event.data, ...changes },
});

export const UUID_A = '3f0a7d52-8a3e-4d53-9d7c-2a1f0a9c1b11';
export const UUID_B = '9b2e4c1a-6f3d-4e8a-b5c7-1d2e3f4a5b6c';
export const AT = '2026-03-02T09:00:00.000Z';
export const LATER = '2026-03-20T17:00:00Z';
