import { eventTables } from './001-event-tables';
import { appendFunction } from './002-append-function';

/** A schema version; statements run one by one (PGlite's `query` takes a single statement) in one transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** In version order; an applied migration is never edited, a change is a new one. */
export const migrations: readonly Migration[] = [eventTables, appendFunction];
