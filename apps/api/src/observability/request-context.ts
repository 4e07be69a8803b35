import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request values every log line and access record carries, without threading them through every call. */
export interface RequestContext {
  /** The server's id of the request (Fastify's request id): on every log line and in `x-correlation-id`. */
  readonly correlationId: string;
  /** The client's own id for the request, from its `X-Correlation-Id`, when well-formed. */
  readonly clientRequestId?: string;
  /** Set once an access record names this request; a request that ends without one gets a plain one. */
  recorded: boolean;
  /**
   * Set once the command path takes the request's command: it records the command's outcome itself. A
   * command refused before (a body, a path parameter or a header) is recorded by RefusedCommandInterceptor.
   */
  commandRecorded?: boolean;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();
