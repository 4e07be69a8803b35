import { Actor, Role } from './actor';

// Liaisons see need-to-know only; every other role works across agencies and states.
const READS_EVERYTHING: readonly Role[] = ['operator', 'supervisor', 'auditor', 'admin'];
const AUDITS: readonly Role[] = ['supervisor', 'auditor'];

const hasAny = (actor: Actor, roles: readonly Role[]): boolean =>
  actor.roles.some((role) => roles.includes(role));

export function canReadAgency(actor: Actor, agencyCode: string): boolean {
  if (hasAny(actor, READS_EVERYTHING)) return true;
  return actor.roles.includes('liaison') && actor.agency !== undefined && actor.agency === agencyCode;
}

export function canReadState(actor: Actor, state: string): boolean {
  if (hasAny(actor, READS_EVERYTHING)) return true;
  return actor.roles.includes('liaison') && actor.states.includes(state);
}

export const canAudit = (actor: Actor): boolean => hasAny(actor, AUDITS);
