import { Actor } from '@hstf/auth';

/**
 * Who marks an addressee overdue: the command center itself, not a person. It has no token and no role; the
 * command path authorises it for the system's commands only (MarkAcknowledgementOverdue) and records it
 * as `{ sub: 'hstf-deadlines', role: 'system' }` in the audit metadata.
 */
export const DEADLINES_ACTOR: Actor = { sub: 'hstf-deadlines', roles: [], states: [], system: true };
