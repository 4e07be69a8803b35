import { JWTPayload, KeyLike, SignJWT } from 'jose';

/** The fixed "now" of the verifier specs, so expiry cases do not depend on the wall clock. */
export const TEST_NOW = new Date('2025-06-01T12:00:00Z');
export const TEST_NOW_SECONDS = TEST_NOW.getTime() / 1000;

export interface TestSigning {
  readonly key: KeyLike;
  readonly alg?: 'ES256' | 'RS256';
  readonly kid?: string;
  readonly iss?: string;
  readonly aud?: string;
  /** Seconds since the epoch; null leaves the claim out. Defaults to an hour after TEST_NOW. */
  readonly exp?: number | null;
  /** Seconds since the epoch, or any value a careless issuer puts there; null leaves it out. TEST_NOW by default. */
  readonly iat?: unknown;
}

/**
 * Signs arbitrary claims, including ones mintToken refuses, so specs can hand the verifier the tokens a
 * careless or hostile issuer would produce.
 */
export function signTestToken(payload: JWTPayload, signing: TestSigning): Promise<string> {
  const { key, alg = 'ES256', kid, iss = 'hstf-command-center', aud = 'hstf-api', exp } = signing;
  const iat = signing.iat === undefined ? TEST_NOW_SECONDS : signing.iat;
  // iat goes in the payload rather than through setIssuedAt, which would refuse a malformed one.
  const jwt = new SignJWT(iat === null ? payload : { ...payload, iat: iat as number })
    .setProtectedHeader(kid === undefined ? { alg } : { alg, kid })
    .setIssuer(iss)
    .setAudience(aud);
  if (exp !== null) jwt.setExpirationTime(exp ?? TEST_NOW_SECONDS + 3600);
  return jwt.sign(key);
}
