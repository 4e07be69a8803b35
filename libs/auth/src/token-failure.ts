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
  | 'key-unavailable';

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
