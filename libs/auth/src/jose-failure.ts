import { errors } from 'jose';
import { TokenFailure, tokenFailure } from './token-failure';
import { describeSeconds } from './token-lifetime';

export interface ExpectedClaims {
  readonly issuer: string;
  readonly audience: string;
  readonly maxLifetimeSeconds: number;
}

/**
 * Translates jose's errors into refusals a person understands. Anything that is not a jose verdict about
 * the token (a JWKS endpoint down, a timeout) is reported as the key being unavailable, so a 401 never
 * blames a good token for an outage.
 */
export function failureFromJoseError(error: unknown, expected: ExpectedClaims): TokenFailure {
  // jose's maxTokenAge reports a token issued too long ago as expired, naming "iat" rather than "exp".
  if (error instanceof errors.JWTExpired && error.claim === 'iat') {
    return tokenFailure(
      'lifetime-too-long',
      `the token was issued more than ${describeSeconds(expected.maxLifetimeSeconds)} ago (claim "iat"); ask for a new one`,
    );
  }
  if (error instanceof errors.JWTExpired) {
    return tokenFailure('expired', `the token expired${expiredAt(error.payload.exp)}; ask for a new one`);
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'iss':
        return tokenFailure('wrong-issuer', `the token was not issued by ${expected.issuer}`);
      case 'aud':
        return tokenFailure('wrong-audience', `the token is not meant for ${expected.audience}`);
      case 'nbf':
        return tokenFailure('not-yet-valid', 'the token is not valid yet (claim "nbf" is in the future)');
      case 'iat':
        return iatFailure(error.reason);
      default:
        return error.reason === 'missing'
          ? tokenFailure('missing-claim', `the token has no claim "${error.claim}"`)
          : tokenFailure('malformed-claim', `claim "${error.claim}" is invalid: ${error.message}`);
    }
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return tokenFailure('bad-signature', 'the token signature does not match the trusted key');
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return tokenFailure(
      'algorithm-not-allowed',
      'the token is signed with an algorithm this server does not accept',
    );
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return tokenFailure('unknown-key', 'the token is signed with a key this server does not know');
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return tokenFailure('malformed-token', `the token is not a well-formed signed JWT: ${error.message}`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return tokenFailure('key-unavailable', `the signing keys could not be obtained: ${detail}`);
}

function iatFailure(reason: string): TokenFailure {
  if (reason === 'missing') {
    return tokenFailure(
      'missing-claim',
      'the token does not say when it was issued (claim "iat" is missing)',
    );
  }
  if (reason === 'check_failed') {
    return tokenFailure(
      'issued-in-the-future',
      'the token claims to be issued in the future (claim "iat"); check the issuer\'s clock',
    );
  }
  return tokenFailure('malformed-claim', 'claim "iat" must be a number of seconds since 1970-01-01');
}

function expiredAt(exp: unknown): string {
  return typeof exp === 'number' ? ` at ${new Date(exp * 1000).toISOString()}` : '';
}
