import { Actor, isRole, Role, ROLES } from './actor';
import { TokenFailure, tokenFailure } from './token-failure';

/** The claims our tokens carry beside the registered ones (iss, aud, exp, iat). */
export interface ActorClaims {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly agency?: string;
  readonly states?: readonly string[];
}

const USPS_CODE = /^[A-Z]{2}$/;

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
      `unknown role ${unknown.map((r) => JSON.stringify(r)).join(', ')}; known roles are ${ROLES.join(', ')}`,
    );
  }
  if (agency !== undefined && (typeof agency !== 'string' || agency.trim() === '')) {
    return tokenFailure('malformed-claim', 'claim "agency" must be a non-empty agency code');
  }
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
