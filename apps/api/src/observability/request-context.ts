import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request values every log line carries, without threading them through every call. */
export interface RequestContext {
  readonly correlationId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();
