/** Defaults shared by the verifier and the local minting, so a dev token is accepted as minted. */
export const DEFAULT_ISSUER = 'hstf-command-center';
export const DEFAULT_AUDIENCE = 'hstf-api';
export const CLOCK_TOLERANCE_SECONDS = 30;
export const DEFAULT_TOKEN_TTL_SECONDS = 8 * 60 * 60;
/** The longest a token may live (exp - iat): a stolen token is useful to its thief for at most this long. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;
