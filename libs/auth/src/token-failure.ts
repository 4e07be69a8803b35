import { Actor } from './actor';

export type TokenFailureCode =
  | 'missing-token'
  | 'malformed-token'
  | 'expired'
  | 'not-yet-valid'
  | 'bad-signature'
  | 'algorithm-not-allowed'
  | 'unknown-key'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'missing-claim'
  | 'malformed-claim'
  | 'unknown-role'
  | 'liaison-without-agency'
  | 'reserved-subject'
  | 'unknown-agency'
  | 'lifetime-too-long'
  | 'issued-in-the-future'
  | 'key-unavailable'
  | 'agency-lookup-unavailable';

/** A refused token, with a reason written for the person holding it. */
export interface TokenFailure {
  readonly ok: false;
  readonly code: TokenFailureCode;
  readonly reason: string;
}

export type TokenVerification = { readonly ok: true; readonly actor: Actor } | TokenFailure;

export const tokenFailure = (code: TokenFailureCode, reason: string): TokenFailure => ({
  ok: false,
  code,
  reason,
});

/**
 * Refusals that are our outage, not the caller's bad token (a key set or the agency catalog unreachable):
 * the guard answers them 503 so the caller retries instead of asking for another token.
 */
export const isOutage = (failure: TokenFailure): boolean =>
  failure.code === 'key-unavailable' || failure.code === 'agency-lookup-unavailable';
