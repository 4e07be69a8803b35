import { Actor } from '../actor';

/** The part of a Fastify (or Express) request the guard reads and writes. */
export interface AuthenticatedRequest {
  readonly headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
}
