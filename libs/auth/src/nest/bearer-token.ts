import { TokenFailure, tokenFailure } from '../token-failure';

// RFC 7235: the scheme name is case-insensitive; RFC 6750: one space, then the token.
const BEARER = /^Bearer +(\S+)\s*$/i;

export function bearerToken(
  header: string | string[] | undefined,
): { ok: true; token: string } | TokenFailure {
  if (header === undefined || header === '') {
    return tokenFailure(
      'missing-token',
      'this request needs a bearer token (header "Authorization: Bearer <token>")',
    );
  }
  const match = typeof header === 'string' ? BEARER.exec(header) : null;
  if (!match) {
    return tokenFailure('malformed-token', 'the Authorization header must read "Bearer <token>"');
  }
  return { ok: true, token: match[1] };
}
