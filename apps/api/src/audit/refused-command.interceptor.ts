import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { COMMAND_ROUTES } from '../commands/command-tables';
import { problemReason } from '../http/problem';
import { toProblem } from '../http/problem.filter';
import { requestContext } from '../observability/request-context';
import { AccessLog, AuditedRequest } from './access-log';

/**
 * The command path records every command it takes. A command refused before it gets there (a body, a
 * path parameter or a header the route refuses) is recorded here, under the type its route's row names,
 * and stored before the refusal is answered, as the path's own records are.
 */
@Injectable()
export class RefusedCommandInterceptor implements NestInterceptor {
  constructor(private readonly log: AccessLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuditedRequest>();
    const spec = COMMAND_ROUTES.get(`${request.method} ${request.routeOptions?.url ?? request.url}`);
    if (!spec) return next.handle();
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (requestContext.getStore()?.commandRecorded) return throwError(() => error);
        const problem = toProblem(error);
        const reason = problemReason(problem);
        const recorded = this.log.recordRequest(
          request,
          {
            type: spec.permissionChange ? 'permission-change' : 'command',
            outcome: 'failure',
            status: problem.status,
            command: spec.type,
            ...(typeof problem.code === 'string' ? { code: problem.code } : {}),
            ...(reason ? { reason } : {}),
          },
          withoutRefusedParameters(request, problem.errors ?? []),
        );
        return from(recorded).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }
}

/**
 * The URL with every path parameter the refusal names put back as its template (`:tip`): a value refused
 * as bad input (a phone number where a tip reference goes) must not be kept in the hash-chained log,
 * which nothing can take out again. The other parameters (the aggregate's id) stay, for the audit.
 */
function withoutRefusedParameters(request: AuditedRequest, errors: readonly { field: string }[]): string {
  const params = (request.params ?? {}) as Record<string, string>;
  const refused = new Set(errors.map((error) => error.field));
  const [path, query] = request.url.split('?', 2);
  const kept = path
    .split('/')
    .map((segment) => {
      const name = Object.keys(params).find((key) => refused.has(key) && decoded(segment) === params[key]);
      return name === undefined ? segment : `:${name}`;
    })
    .join('/');
  // A query string is no part of a command's input; it is kept as sent only when nothing was refused.
  return refused.size > 0 || query === undefined ? kept : `${kept}?${query}`;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
