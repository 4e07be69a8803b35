/**
 * The subjects the command center acts as itself (process managers of the API, never a token's holder).
 * One list, used both to build those actors and to refuse tokens naming them, so a new system actor is
 * reserved the moment it exists and nobody can sign in as it.
 */
export const SYSTEM_SUBJECTS = {
  /** The acknowledgement-deadline process manager (apps/api/src/deadlines). */
  deadlines: 'hstf-deadlines',
} as const;

export type SystemSubject = (typeof SYSTEM_SUBJECTS)[keyof typeof SYSTEM_SUBJECTS];

const RESERVED = new Set<string>(Object.values(SYSTEM_SUBJECTS));

/**
 * Whether a token's subject names a system actor. Compared after NFKC folding, trimming and lower-casing,
 * so "HSTF-Deadlines" or a full-width look-alike cannot pass for the system in an audit trail either.
 */
export const isSystemSubject = (sub: string): boolean =>
  RESERVED.has(sub.normalize('NFKC').trim().toLowerCase());
