import { eventTables } from './001-event-tables';
import { appendFunction } from './002-append-function';
import { Migration } from './migration';

/** In version order; an applied migration is never edited, a change is a new one. */
export const migrations: readonly Migration[] = [eventTables, appendFunction];
export type { Migration } from './migration';
