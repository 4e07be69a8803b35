import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { AccessAuditSink, AccessDecisionEvent, Actor } from '@hstf/auth';
import type { AccessRecord } from '@hstf/contracts';
import { EventStore } from '@hstf/event-store';
import type { FastifyRequest } from 'fastify';
import { EVENT_STORE } from '../infrastructure/tokens';
import { requestContext } from '../observability/request-context';
import { AccessLogWriter } from './access-log-writer';

export type AuditedRequest = FastifyRequest & { actor?: Actor };

/** What a request-bound record adds to the request's own facts (who, when, which route). */
export type RequestOutcome = Pick<AccessRecord, 'type' | 'outcome'> &
  Partial<Pick<AccessRecord, 'status' | 'code' | 'reason' | 'command' | 'commandId' | 'correlationId'>>;

const MAX_TEXT = 2000;
const clip = (value: string): string =>
  value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;

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
    return this.writer.write(
      {
        at: event.at,
        component: event.component,
        type: event.type,
        ...(event.subject ? { subject: clip(event.subject) } : {}),
        outcome: event.outcome === 'allow' ? 'success' : 'failure',
        ...(event.reason ? { reason: clip(event.reason) } : {}),
      },
      correlationIdOfRequest(),
    );
  }

  recordRequest(request: AuditedRequest, outcome: RequestOutcome): Promise<void> {
    const { actor } = request;
    const route = request.routeOptions?.url ?? request.url;
    return this.writer.write(
      {
        at: new Date().toISOString(),
        component: 'api',
        ...(actor ? { subject: clip(actor.sub), roles: [...actor.roles] } : {}),
        ...(actor?.agency ? { agency: actor.agency } : {}),
        action: clip(`${request.method} ${route}`),
        resource: clip(request.url),
        ...outcome,
        ...(outcome.reason ? { reason: clip(outcome.reason) } : {}),
      },
      correlationIdOfRequest(),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.writer.flushed();
  }
}

const correlationIdOfRequest = (): string | undefined => requestContext.getStore()?.correlationId;
