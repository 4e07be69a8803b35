/** Provider token of the TokenVerifier the AuthGuard uses; the app binds it to a configured verifier. */
export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/** Provider token of the optional AccessAuditSink; leave it unbound and no decision is recorded. */
export const ACCESS_AUDIT_SINK = Symbol('ACCESS_AUDIT_SINK');
