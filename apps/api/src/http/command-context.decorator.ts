import { createHash, randomUUID } from 'node:crypto';
import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Actor } from '@hstf/auth';
import canonicalize from 'canonicalize';
import type { FastifyRequest } from 'fastify';
import { v5 as uuidv5 } from 'uuid';
import { CommandContext } from '../commands/command-context';
import { int64Of } from './integers';
import { badRequest } from './problem';

// Namespace of command ids derived from Idempotency-Keys (a fixed, project-specific UUID).
const IDEMPOTENCY_NAMESPACE = '6f2c1a8e-3d4b-5f60-9a7b-8c9d0e1f2a3b';
const KEY_SHAPE = /^[\x21-\x7e]{8,200}$/;
export const CLIENT_ID_SHAPE = /^[\x21-\x7e]{1,100}$/;

/**
 * Builds the CommandContext of a request: the authenticated actor, a command id (deterministic from
 * `Idempotency-Key`, scoped to the actor, else random), the client's request id, and `If-Match`.
 * `X-Causation-Id` is not read: what caused an event is the server's to say.
 */
export const CommandCtx = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest & { actor?: Actor }>();
  const actor = request.actor;
  if (!actor) throw new UnauthorizedException('No authenticated actor');
  return buildCommandContext(actor, request.headers, request.method, request.url, request.body);
});

type Headers = Record<string, string | string[] | undefined>;

export function buildCommandContext(
  actor: Actor,
  headers: Headers,
  method: string,
  url: string,
  body: unknown,
): CommandContext {
  const key = header(headers, 'idempotency-key');
  if (key !== undefined && !KEY_SHAPE.test(key)) {
    throw badRequest([{ field: 'Idempotency-Key', reason: 'must be 8 to 200 visible ASCII characters' }]);
  }
  const commandId = key ? uuidv5(`${actor.sub}\n${key}`, IDEMPOTENCY_NAMESPACE) : randomUUID();
  const clientRequestId = header(headers, 'x-correlation-id');
  if (clientRequestId !== undefined && !CLIENT_ID_SHAPE.test(clientRequestId)) {
    throw badRequest([{ field: 'X-Correlation-Id', reason: 'must be 1 to 100 visible ASCII characters' }]);
  }
  return {
    actor,
    request: { method, url },
    commandId,
    idempotencyKey: key,
    requestHash: key ? sha256(`${method} ${url}\n${canonicalize(body ?? null)}`) : undefined,
    ...(clientRequestId === undefined ? {} : { clientRequestId }),
    ifMatch: parseIfMatch(header(headers, 'if-match')),
  };
}

/** `If-Match: "3"` (or W/"3", or 3) is the stream revision the client last saw, as sent in ETag. */
export function parseIfMatch(value: string | undefined): bigint | undefined {
  if (value === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,19})"?$/.exec(value.trim());
  const revision = match ? int64Of(match[1], 0n) : undefined;
  if (revision === undefined)
    throw badRequest([{ field: 'If-Match', reason: 'must be a revision as sent in ETag, e.g. "3"' }]);
  return revision;
}

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
