import { Actor, SYSTEM_SUBJECTS } from '@hstf/auth';

/**
 * Who marks an addressee overdue: the command center itself, not a person. It has no token and no role; the
 * command path authorises it for the system's commands only (MarkAcknowledgementOverdue) and records it
 * as `{ sub: 'hstf-deadlines', role: 'system' }` in the audit metadata. Its subject comes from
 * SYSTEM_SUBJECTS, the list the token verifier refuses, so no token can ever name it.
 */
export const DEADLINES_ACTOR: Actor = { sub: SYSTEM_SUBJECTS.deadlines, roles: [], states: [], system: true };
