export const ROLES = ['operator', 'supervisor', 'liaison', 'auditor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

/** Who is acting, as proven by a verified token. */
export interface Actor {
  readonly sub: string;
  readonly roles: readonly Role[];
  /** The agency a liaison speaks for; other roles may carry one for display. */
  readonly agency?: string;
  /** USPS codes a liaison may read; ignored for the roles that read every state. */
  readonly states: readonly string[];
  /**
   * The command center itself (a process manager of the API), never a token's holder: it may send the
   * SYSTEM_COMMAND_TYPES and nothing else. Tokens cannot set it: actorFromClaims never copies it.
   */
  readonly system?: true;
}
