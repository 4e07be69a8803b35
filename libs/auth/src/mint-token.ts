import { SignJWT } from 'jose';
import { actorFromClaims, ActorClaims } from './actor-claims';
import { LocalKey } from './local-key';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEFAULT_TOKEN_TTL_SECONDS } from './token-defaults';

export interface MintOptions {
  readonly issuer?: string;
  readonly audience?: string;
  readonly now?: Date;
}

/**
 * Signs a token with the local key. The claims go through the same check as a received token, so the CLI
 * refuses to print a token the API would refuse (a liaison without an agency, an unknown role).
 */
export async function mintToken(
  key: Pick<LocalKey, 'alg' | 'kid' | 'privateKey'>,
  claims: ActorClaims,
  ttlSeconds: number = DEFAULT_TOKEN_TTL_SECONDS,
  options: MintOptions = {},
): Promise<string> {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) {
    throw new Error(`a token lifetime must be a positive whole number of seconds, not ${ttlSeconds}`);
  }
  const checked = actorFromClaims({ ...claims });
  if (!checked.ok) throw new Error(`cannot mint this token: ${checked.reason}`);
  const { sub, roles, agency, states } = checked.actor;
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ roles: [...roles], ...(agency === undefined ? {} : { agency }), states: [...states] })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(options.issuer ?? DEFAULT_ISSUER)
    .setAudience(options.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key.privateKey);
}
