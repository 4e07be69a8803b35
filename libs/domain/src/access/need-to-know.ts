import type { Scope } from '../shared';

/**
 * Who is reading, as the scope rule needs it. `coLedStates` are the states whose task force the reader's
 * agency co-leads (DOJ or DHS side): it acknowledges for them, so it reads what is addressed to them, as
 * if they were in its token. The API and the relay fill it in from the TaskForce streams.
 */
export interface Reader {
  readonly roles: readonly string[];
  readonly agency?: string;
  readonly states: readonly string[];
  readonly coLedStates: readonly string[];
}

/**
 * Liaisons read on need-to-know; every other role is the command center (operators, supervisors,
 * auditors, admins) and reads everything. A token without any role reads nothing.
 */
export const readsEverything = (reader: Reader): boolean => reader.roles.some((role) => role !== 'liaison');

const isLiaison = (reader: Reader): boolean => reader.roles.includes('liaison');

/** The states a liaison reads for: its token's, and the task forces its agency co-leads. */
export const statesOf = (reader: Reader): readonly string[] => [
  ...new Set([...reader.states, ...reader.coLedStates]),
];

/** The roles of the command center that read victims' records: they supervise and audit the referrals. */
const READS_RESTRICTED: readonly string[] = ['supervisor', 'auditor'];

export const readsRestricted = (reader: Reader): boolean =>
  reader.roles.some((role) => READS_RESTRICTED.includes(role));

/** The one scope rule: may this reader read an aggregate (or one of its events) of this scope? */
export function mayRead(reader: Reader, scope: Scope): boolean {
  if (scope.restricted) {
    return (
      readsRestricted(reader) ||
      (isLiaison(reader) && reader.agency !== undefined && scope.agencies.includes(reader.agency))
    );
  }
  if (readsEverything(reader)) return true;
  if (!isLiaison(reader)) return false;
  if (reader.agency !== undefined && scope.agencies.includes(reader.agency)) return true;
  const states = statesOf(reader);
  return scope.states.some((state) => states.includes(state));
}

/** May this reader read a whole state's task force (its board, its feed)? */
export const mayReadState = (reader: Reader, state: string): boolean =>
  mayRead(reader, { states: [state], agencies: [] });

/** May this reader read what is addressed to an agency alone (its inbox, its feed)? */
export const mayReadAgency = (reader: Reader, agency: string): boolean =>
  readsEverything(reader) || (isLiaison(reader) && reader.agency !== undefined && reader.agency === agency);

/**
 * Field-level need-to-know: the words an agency wrote (acknowledgement notes, progress reports, decline
 * reasons, pledge notes) are read by that agency and the command center. Other readers of the same item
 * see the status the words came with, not the words.
 */
export const mayReadTextOf = (reader: Reader, authorAgency: string | undefined): boolean =>
  readsEverything(reader) ||
  (isLiaison(reader) && reader.agency !== undefined && reader.agency === authorAgency);
