import { randomBytes, randomUUID } from 'node:crypto';
import { EventStore, NewEvent } from '@hstf/event-store';

/** What a case needs: the store under test, opened once per suite and shared by its cases. */
export interface ConformanceContext {
  store(): EventStore;
}

/**
 * Cases share one store (a persistent EventStoreDB keeps earlier runs too), so each case works in streams
 * and event types named after a tag of its own and filters readAll and subscriptions by it.
 */
export function uniqueTag(): string {
  return `c${randomBytes(5).toString('hex')}`;
}

export function newEvent(type: string, data: unknown = {}, metadata: Record<string, unknown> = {}): NewEvent {
  return { id: randomUUID(), type, data, metadata };
}

export function newEvents(count: number, type: string, dataOf: (index: number) => unknown = (i) => ({ i })) {
  return Array.from({ length: count }, (_, index) => newEvent(type, dataOf(index)));
}
