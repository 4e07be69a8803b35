import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainRefusal, problemOfRefusal } from '../commands/refusals';
import { Problem, PROBLEM_CONTENT_TYPE, ProblemError, problemType } from './problem';

/** Maps every error to problem+json; nothing leaves the API as a bare Nest or Fastify error body. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const problem = { ...toProblem(error, this.logger), instance: request.url };
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }
}

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  503: 'Service unavailable',
};

export function toProblem(error: unknown, logger?: Logger): Problem {
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof DomainRefusal) return problemOfRefusal(error.refusal);
  const status = statusOf(error);
  // 503 says "try again later" (a key set or a dependency unreachable): keep it; other 5xx are internal.
  if (status !== undefined && (status < 500 || status === 503)) {
    const title = TITLES[status] ?? 'Request failed';
    return {
      type: problemType(title.toLowerCase().replace(/ /g, '-')),
      title,
      status,
      detail: detailOf(error),
    };
  }
  logger?.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return {
    type: problemType('internal-error'),
    title: 'Internal error',
    status: 500,
    detail: 'An unexpected error occurred.',
  };
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  // Fastify's own errors (body too large, bad content type, malformed JSON) carry a statusCode.
  const code = (error as { statusCode?: unknown })?.statusCode;
  return typeof code === 'number' ? code : undefined;
}

function detailOf(error: unknown): string {
  if (error instanceof HttpException) {
    const body = error.getResponse();
    if (typeof body === 'string') return body;
    const message = (body as { message?: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
  }
  return error instanceof Error ? error.message : String(error);
}
