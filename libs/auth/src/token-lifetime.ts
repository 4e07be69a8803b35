import { JWTPayload } from 'jose';
import { TokenFailure, tokenFailure } from './token-failure';

/**
 * Refuses a token issued to live longer than the configured maximum. jose checks that exp is ahead and
 * that iat is present, a number, not ahead and not older than the maximum; the span the issuer granted
 * (exp - iat) is this rule's, because a token minted for a week is refused from its first second.
 */
export function lifetimeFailure(
  payload: Pick<JWTPayload, 'exp' | 'iat'>,
  maxLifetimeSeconds: number,
): TokenFailure | undefined {
  const { exp, iat } = payload as { exp: number; iat: number };
  const lifetime = exp - iat;
  if (lifetime <= maxLifetimeSeconds) return undefined;
  return tokenFailure(
    'lifetime-too-long',
    `the token was issued to live ${describeSeconds(lifetime)} (from claim "iat" to claim "exp"); this server accepts ` +
      `at most ${describeSeconds(maxLifetimeSeconds)}: ask for a shorter-lived token`,
  );
}

/** "13 hours", "90 minutes", "45 seconds": the largest unit that divides the span exactly. */
export function describeSeconds(seconds: number): string {
  if (seconds % 3600 === 0) return plural(seconds / 3600, 'hour');
  if (seconds % 60 === 0) return plural(seconds / 60, 'minute');
  return plural(seconds, 'second');
}

const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;
