import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AccessLog } from '../audit/access-log';
import type { ApiMetrics } from '../observability/metrics';
import { RequestContext, requestContext } from '../observability/request-context';
import { CLIENT_ID_SHAPE } from './command-context.decorator';
import { PROBLEM_CONTENT_TYPE, problemType } from './problem';

const contexts = new WeakMap<FastifyRequest, RequestContext>();

/** The SSE streams (FeedsController): counted like every answer, not timed. */
const FEED_ROUTES = '/feeds/';

function contextOf(request: FastifyRequest): RequestContext {
  let context = contexts.get(request);
  if (!context) {
    const sent = request.headers['x-correlation-id'];
    const clientRequestId = typeof sent === 'string' && CLIENT_ID_SHAPE.test(sent) ? sent : undefined;
    context = { correlationId: request.id, ...(clientRequestId ? { clientRequestId } : {}), recorded: false };
    contexts.set(request, context);
  }
  return context;
}

const problemBody = (status: number, detail: string, instance?: string) => ({
  type: problemType(
    String(STATUS_CODES[status] ?? 'error')
      .toLowerCase()
      .replace(/ /g, '-'),
  ),
  title: STATUS_CODES[status] ?? 'Request refused',
  status,
  detail,
  ...(instance ? { instance } : {}),
});

/**
 * Every request leaves an access record and every refusal is problem+json, including those Fastify and
 * Node make before any route, guard or filter of ours runs: a malformed URL, a path parameter over its
 * length (414), headers too large (431) or unparseable. The access log is attached once the app exists;
 * the Fastify options that need these handlers are given before it does.
 */
export class RequestRecords {
  private readonly logger = new Logger('RequestRecords');
  private readonly http = new Logger('Http');
  private log?: AccessLog;
  private metrics?: ApiMetrics;

  attach(fastify: FastifyInstance, log: AccessLog, metrics: ApiMetrics): void {
    this.log = log;
    this.metrics = metrics;
    // Every log line and access record of the request carries its context (see request-context.ts).
    fastify.addHook('onRequest', (request, reply, done) => {
      const context = contextOf(request);
      void reply.header('x-correlation-id', context.correlationId);
      // 'close' comes for every answer, also one the client left before its end (most feed streams end
      // so), where Fastify's onResponse, which waits for 'finish', never runs.
      reply.raw.once('close', () => this.observe(context, request, reply));
      requestContext.run(context, done);
    });
    fastify.addHook('onResponse', (request, reply, done) => {
      this.record(contextOf(request), request, reply.statusCode);
      done();
    });
  }

  /** Fastify's `frameworkErrors`: a bad URL or an over-long path parameter, found before routing. */
  readonly frameworkErrors = (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const status = error.statusCode ?? 400;
    const context = contextOf(request);
    void reply
      .status(status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .header('x-correlation-id', context.correlationId)
      .send(problemBody(status, `The request URL is not acceptable: ${error.message}`));
    this.record(context, request, status, error.code);
    // Found before routing, so before the onRequest hook that would watch for the answer's end.
    this.observe(context, request, reply);
  };

  /** Node's `clientError`: the request could not even be parsed, so only the socket is there to answer. */
  readonly clientErrorHandler = (error: NodeJS.ErrnoException, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const body = JSON.stringify(
      problemBody(status, `The request could not be read (${error.code ?? 'parse error'}).`),
    );
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    const context: RequestContext = { correlationId: randomUUID(), recorded: false };
    this.write(context, { method: '-', route: '(unparsed)', url: '(unparsed)', status, reason: error.code });
    this.count({ correlationId: context.correlationId, method: '-', route: '(unparsed)', status });
  };

  /** One line and one count per answer; the route is the template, so that ids do not make new series. */
  private observe(context: RequestContext, request: FastifyRequest, reply: FastifyReply): void {
    const route = request.routeOptions?.url ?? '(no route)';
    this.count({
      correlationId: context.correlationId,
      method: request.method,
      route,
      status: reply.statusCode,
      // A feed stream lasts as long as its client listens: timed, it would only skew the histogram.
      durationMs:
        route.startsWith(FEED_ROUTES) || !Number.isFinite(reply.elapsedTime) ? undefined : reply.elapsedTime,
      sub: (request as { actor?: { sub?: string } }).actor?.sub,
    });
  }

  private count(answer: {
    correlationId: string;
    method: string;
    route: string;
    status: number;
    durationMs?: number;
    sub?: string;
  }): void {
    const { correlationId, method, route, status, durationMs, sub } = answer;
    this.metrics?.requests.inc({ method, route, status: String(status) });
    if (durationMs !== undefined) this.metrics?.requestDuration.observe({ method, route }, durationMs / 1000);
    // Outside the request's async context by now: its correlation id is given explicitly.
    this.http.log({
      msg: 'request',
      correlationId,
      method,
      route,
      status,
      ...(durationMs === undefined ? {} : { durationMs: Math.round(durationMs * 10) / 10 }),
      ...(sub === undefined ? {} : { sub }),
    });
  }

  private record(context: RequestContext, request: FastifyRequest, status: number, reason?: string): void {
    const route = request.routeOptions?.url ?? '(no route)';
    this.write(context, { method: request.method, route, url: request.url, status, reason });
  }

  private write(context: RequestContext, facts: Parameters<AccessLog['recordUnrecorded']>[1]): void {
    if (!this.log || context.recorded) return;
    // After the answer there is nobody to fail; a lost record is said in the log instead.
    this.log.recordUnrecorded(context, facts).catch((error: unknown) => {
      this.logger.error(
        `access record of ${facts.method} ${facts.url} not stored: ${(error as Error).message}`,
      );
    });
  }
}
