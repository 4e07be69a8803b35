import { errors } from 'jose';
import { failureFromJoseError } from './jose-failure';

const expected = { issuer: 'hstf-command-center', audience: 'hstf-api', maxLifetimeSeconds: 12 * 3600 };
const claimFailure = (claim: string, reason: string, message = `"${claim}" claim check failed`) =>
  new errors.JWTClaimValidationFailed(message, {}, claim, reason);

// Each jose verdict becomes one refusal a person can act on, naming the claim or the key at fault.
describe('a jose verdict as a refusal', () => {
  it.each([
    [
      'an expired token, with its expiry',
      new errors.JWTExpired('"exp" claim timestamp check failed', { exp: 1748779140 }, 'exp', 'check_failed'),
      'expired',
      'the token expired at 2025-06-01T11:59:00.000Z; ask for a new one',
    ],
    [
      'an expired token whose expiry is unreadable',
      new errors.JWTExpired('"exp" claim timestamp check failed', {}, 'exp', 'check_failed'),
      'expired',
      'the token expired; ask for a new one',
    ],
    [
      'a token issued longer ago than the maximum lifetime',
      new errors.JWTExpired(
        '"iat" claim timestamp check failed (too far in the past)',
        {},
        'iat',
        'check_failed',
      ),
      'lifetime-too-long',
      'the token was issued more than 12 hours ago (claim "iat"); ask for a new one',
    ],
    [
      'another issuer',
      claimFailure('iss', 'check_failed'),
      'wrong-issuer',
      'the token was not issued by hstf-command-center',
    ],
    [
      'another audience',
      claimFailure('aud', 'check_failed'),
      'wrong-audience',
      'the token is not meant for hstf-api',
    ],
    [
      'a token not valid yet',
      claimFailure('nbf', 'check_failed'),
      'not-yet-valid',
      'the token is not valid yet (claim "nbf" is in the future)',
    ],
    [
      'a missing iat',
      claimFailure('iat', 'missing'),
      'missing-claim',
      'the token does not say when it was issued (claim "iat" is missing)',
    ],
    [
      'an iat ahead of the clock',
      claimFailure('iat', 'check_failed'),
      'issued-in-the-future',
      'the token claims to be issued in the future (claim "iat"); check the issuer\'s clock',
    ],
    [
      'an iat that is not a number',
      claimFailure('iat', 'invalid'),
      'malformed-claim',
      'claim "iat" must be a number of seconds since 1970-01-01',
    ],
    ['a missing exp', claimFailure('exp', 'missing'), 'missing-claim', 'the token has no claim "exp"'],
    [
      'an exp that is not a number',
      claimFailure('exp', 'invalid', '"exp" claim must be a number'),
      'malformed-claim',
      'claim "exp" is invalid: "exp" claim must be a number',
    ],
    [
      'a bad signature',
      new errors.JWSSignatureVerificationFailed(),
      'bad-signature',
      'the token signature does not match the trusted key',
    ],
    [
      'an algorithm not allowed',
      new errors.JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed'),
      'algorithm-not-allowed',
      'the token is signed with an algorithm this server does not accept',
    ],
    [
      'an algorithm not supported',
      new errors.JOSENotSupported('Unsupported "alg" value for a JSON Web Key Set'),
      'algorithm-not-allowed',
      'the token is signed with an algorithm this server does not accept',
    ],
    [
      'a key the key set does not publish',
      new errors.JWKSNoMatchingKey(),
      'unknown-key',
      'the token is signed with a key this server does not know',
    ],
    [
      'a key the key set publishes twice',
      new errors.JWKSMultipleMatchingKeys(),
      'unknown-key',
      'the token is signed with a key this server does not know',
    ],
    [
      'a malformed JWS',
      new errors.JWSInvalid('Invalid Compact JWS'),
      'malformed-token',
      'the token is not a well-formed signed JWT: Invalid Compact JWS',
    ],
    [
      'a malformed JWT',
      new errors.JWTInvalid('JWT Claims Set must be a top-level JSON object'),
      'malformed-token',
      'the token is not a well-formed signed JWT: JWT Claims Set must be a top-level JSON object',
    ],
    [
      'a key set that cannot be fetched',
      new errors.JWKSTimeout(),
      'key-unavailable',
      'the signing keys could not be obtained: request timed out',
    ],
    [
      'a failure that is not even an Error',
      'socket hang up',
      'key-unavailable',
      'the signing keys could not be obtained: socket hang up',
    ],
  ])('given %s, then it is refused with the reason for it', (_, error, code, reason) => {
    expect(failureFromJoseError(error, expected)).toEqual({ ok: false, code, reason });
  });
});
