/** One authentication decision, as the access audit stores it. */
export interface AccessDecisionEvent {
  readonly at: string;
  readonly component: 'api';
  readonly type: 'token-accepted' | 'token-refused';
  /** The verified subject; absent when the token was refused, since its claims cannot be trusted. */
  readonly subject?: string;
  readonly outcome: 'allow' | 'deny';
  readonly reason?: string;
}

/** Receives every access decision the guard makes; awaited, so a failing audit fails the request. */
export interface AccessAuditSink {
  record(event: AccessDecisionEvent): void | Promise<void>;
}
