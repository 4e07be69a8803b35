import { AGENCY_CODE } from '@hstf/domain';
import { Actor, isRole, Role, ROLES } from './actor';
import { hasUnprintable, quoteClaim } from './claim-text';
import { isSystemSubject } from './system-subjects';
import { TokenFailure, tokenFailure } from './token-failure';

/** The claims our tokens carry beside the registered ones (iss, aud, exp, iat). */
export interface ActorClaims {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly agency?: string;
  readonly states?: readonly string[];
}

const USPS_CODE = /^[A-Z]{2}$/;

/** Beyond this a subject is not an identifier but a payload: the stores and the audit bound their text. */
export const MAX_SUBJECT_LENGTH = 200;
/** No agency code of the catalog comes close (AGENCY_CODE allows 38); longer is refused unread. */
export const MAX_AGENCY_CODE_LENGTH = 40;
// Unknown roles named in a refusal, and how much of each: enough to see the mistake, bounded for the audit.
const ROLES_NAMED = 5;
const ROLE_NAME_SHOWN = 40;

/**
 * Turns verified claims into an Actor. Each refusal names the claim at fault, because the person reading
 * a 401 is usually the one who asked for the token and needs to know what to ask for instead.
 */
export function actorFromClaims(claims: Record<string, unknown>): { ok: true; actor: Actor } | TokenFailure {
  const { sub, roles, agency, states } = claims;
  if (sub === undefined) return tokenFailure('missing-claim', 'the token has no subject (claim "sub")');
  if (typeof sub !== 'string' || sub.trim() === '') {
    return tokenFailure('malformed-claim', 'the subject (claim "sub") must be a non-empty string');
  }
  const subjectRefusal = refuseSubject(sub);
  if (subjectRefusal) return subjectRefusal;
  if (roles === undefined)
    return tokenFailure('missing-claim', 'the token grants no role (claim "roles" is missing)');
  if (!Array.isArray(roles)) {
    return tokenFailure('malformed-claim', 'claim "roles" must be an array of role names');
  }
  if (roles.length === 0)
    return tokenFailure('missing-claim', 'the token grants no role (claim "roles" is empty)');
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) {
    return tokenFailure(
      'unknown-role',
      `unknown role ${nameRoles(unknown)}; known roles are ${ROLES.join(', ')}`,
    );
  }
  if (agency !== undefined && (typeof agency !== 'string' || agency.trim() === '')) {
    return tokenFailure('malformed-claim', 'claim "agency" must be a non-empty agency code');
  }
  const agencyRefusal = agency === undefined ? undefined : refuseAgencySyntax(agency);
  if (agencyRefusal) return agencyRefusal;
  if (roles.includes('liaison') && agency === undefined) {
    return tokenFailure(
      'liaison-without-agency',
      'a liaison token must name the liaison\'s agency (claim "agency")',
    );
  }
  if (
    states !== undefined &&
    !(Array.isArray(states) && states.every((s) => typeof s === 'string' && USPS_CODE.test(s)))
  ) {
    return tokenFailure(
      'malformed-claim',
      'claim "states" must be an array of two-letter USPS codes such as "TX"',
    );
  }
  const actor: Actor = {
    sub,
    roles: [...new Set(roles as Role[])],
    ...(agency === undefined ? {} : { agency: agency as string }),
    states: [...new Set((states ?? []) as string[])],
  };
  return { ok: true, actor };
}

/** A subject the stores can keep and an auditor can read, and never one of the command center's own. */
function refuseSubject(sub: string): TokenFailure | undefined {
  if (sub.length > MAX_SUBJECT_LENGTH) {
    return tokenFailure(
      'malformed-claim',
      `the subject (claim "sub") is ${sub.length} characters long; at most ${MAX_SUBJECT_LENGTH} are allowed`,
    );
  }
  if (hasUnprintable(sub)) {
    return tokenFailure(
      'malformed-claim',
      `the subject (claim "sub") ${quoteClaim(sub, MAX_SUBJECT_LENGTH)} contains control or invisible characters`,
    );
  }
  if (isSystemSubject(sub)) {
    return tokenFailure(
      'reserved-subject',
      `the subject (claim "sub") ${quoteClaim(sub, MAX_SUBJECT_LENGTH)} is reserved for the command center itself`,
    );
  }
  return undefined;
}

/**
 * The shape of an agency code, checked before anyone looks it up: a catalog lookup (a store read for
 * registered agencies) is never spent on a value that cannot be a code.
 */
function refuseAgencySyntax(agency: string): TokenFailure | undefined {
  if (agency.length > MAX_AGENCY_CODE_LENGTH) {
    return tokenFailure(
      'malformed-claim',
      `claim "agency" is ${agency.length} characters long; an agency code has at most ${MAX_AGENCY_CODE_LENGTH}`,
    );
  }
  if (hasUnprintable(agency)) {
    return tokenFailure(
      'malformed-claim',
      `claim "agency" ${quoteClaim(agency, MAX_AGENCY_CODE_LENGTH)} contains control or invisible characters`,
    );
  }
  if (!AGENCY_CODE.test(agency)) {
    return tokenFailure(
      'malformed-claim',
      `claim "agency" ${quoteClaim(agency, MAX_AGENCY_CODE_LENGTH)} is not an agency code such as "FBI" or "TX-DPS"`,
    );
  }
  return undefined;
}

function nameRoles(unknown: readonly unknown[]): string {
  const named = unknown
    .slice(0, ROLES_NAMED)
    .map((role) => (typeof role === 'string' ? quoteClaim(role, ROLE_NAME_SHOWN) : `a ${typeof role}`));
  const more = unknown.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}
