import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { AccessAuditSink, AccessDecisionEvent, Actor } from '@hstf/auth';
import type { AccessRecord } from '@hstf/audit';
import { EVENT_STORE, EventStore } from '@hstf/event-store';
import type { FastifyRequest } from 'fastify';
import type { CommandContext } from '../commands/command-context';
import { RequestContext, requestContext } from '../observability/request-context';
import { AccessLogWriter } from '@hstf/audit';

export type AuditedRequest = FastifyRequest & { actor?: Actor };

/** What a request-bound record adds to the request's own facts (who, when, which route). */
export type RequestOutcome = Pick<AccessRecord, 'type' | 'outcome'> &
  Partial<Pick<AccessRecord, 'status' | 'code' | 'reason' | 'command' | 'commandId'>>;

const MAX_TEXT = 2000;

/**
 * Everything recorded about a request may come from a hostile caller (a claim, a URL, a reason quoting
 * them): control characters and lone surrogates are escaped and the text clipped, so that the record is
 * always storable and a reader's terminal shows what was sent instead of obeying it.
 */
export function recordable(value: string, max = MAX_TEXT): string {
  const escaped = value.replace(
    // eslint-disable-next-line no-control-regex -- escaping control characters is the point
    /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const text = escaped === '' ? '(empty)' : escaped;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const clip = recordable;

const actorFacts = ({ sub, roles, agency }: Actor): Pick<AccessRecord, 'subject' | 'roles' | 'agency'> => ({
  subject: clip(sub, 200),
  roles: roles.map((role) => clip(role, 40)),
  ...(agency ? { agency: clip(agency, 40) } : {}),
});

/**
 * The API's access audit: the AuthGuard's token decisions (bound to ACCESS_AUDIT_SINK), commands and their
 * outcomes, audit reads. Every record's envelope carries the request's correlation id, which ties a token
 * decision to the command or read it let through; a command's record also names the command's own ids,
 * which tie it to the events it appended.
 */
@Injectable()
export class AccessLog implements AccessAuditSink, OnApplicationShutdown {
  private readonly writer: AccessLogWriter;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.writer = new AccessLogWriter(store);
  }

  record(event: AccessDecisionEvent): Promise<void> {
    return this.write({
      at: event.at,
      component: event.component,
      type: event.type,
      ...(event.subject ? { subject: clip(event.subject, 200) } : {}),
      outcome: event.outcome === 'allow' ? 'success' : 'failure',
      ...(event.reason ? { reason: clip(event.reason) } : {}),
    });
  }

  /** `resource` replaces the request's URL, when part of it may not be kept (see the refused-command record). */
  recordRequest(
    request: AuditedRequest,
    outcome: RequestOutcome,
    resource: string = request.url,
  ): Promise<void> {
    const { actor } = request;
    const route = request.routeOptions?.url ?? request.url;
    return this.write({
      at: new Date().toISOString(),
      component: 'api',
      ...(actor ? actorFacts(actor) : {}),
      action: clip(`${request.method} ${route}`),
      resource: clip(resource),
      ...outcome,
      ...(outcome.reason ? { reason: clip(outcome.reason) } : {}),
    });
  }

  /** A command's record, written by the command path under the command's registered type. */
  recordCommand(context: CommandContext, route: string, outcome: RequestOutcome): Promise<void> {
    const { actor, request } = context;
    return this.write({
      at: new Date().toISOString(),
      component: 'api',
      ...actorFacts(actor),
      action: clip(route),
      resource: clip(request?.url ?? route),
      ...outcome,
      ...(outcome.reason ? { reason: clip(outcome.reason) } : {}),
    });
  }

  /**
   * A request that ended without any other record: refused before routing or authentication, or a public
   * route. Called with the request's context, which may be gone from the async scope by then.
   */
  recordUnrecorded(
    context: RequestContext,
    facts: { method: string; route: string; url: string; status: number; reason?: string },
  ): Promise<void> {
    if (context.recorded) return Promise.resolve();
    return this.write(
      {
        at: new Date().toISOString(),
        component: 'api',
        type: 'request',
        outcome: facts.status < 400 ? 'success' : 'failure',
        action: clip(`${facts.method} ${facts.route}`),
        resource: clip(facts.url),
        status: facts.status,
        ...(facts.reason ? { reason: clip(facts.reason) } : {}),
      },
      context,
    );
  }

  /** Every record carries the request's server correlation id and, when sent, the client's request id. */
  private write(record: AccessRecord, context = requestContext.getStore()): Promise<void> {
    if (context) context.recorded = true;
    const clientRequestId = context?.clientRequestId;
    return this.writer.write(
      clientRequestId ? { ...record, clientRequestId: clip(clientRequestId, 100) } : record,
      context?.correlationId,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.writer.flushed();
  }
}
