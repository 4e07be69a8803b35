import { Actor, Role } from './actor';

// Who reads what is the domain's one scope rule (libs/domain/src/access); this says only who audits.
const AUDITS: readonly Role[] = ['supervisor', 'auditor'];

export const canAudit = (actor: Actor): boolean => actor.roles.some((role) => AUDITS.includes(role));
