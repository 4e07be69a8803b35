import { Observable, from, mergeMap, catchError, throwError } from 'rxjs';
import { toProblem } from '../http/problem.filter';

export interface Settled {
  readonly ok: boolean;
  readonly status: number;
  readonly code?: string;
  readonly reason?: string;
}

/**
 * Lets a handler's answer (or error) out only after `record` has stored what happened: an audit record
 * that fails to be written fails the request rather than leaving it unrecorded.
 */
export function afterRecording<T>(
  handled: Observable<T>,
  successStatus: number,
  record: (settled: Settled) => Promise<void>,
): Observable<T> {
  return handled.pipe(
    mergeMap((value) => from(record({ ok: true, status: successStatus }).then(() => value))),
    catchError((error: unknown) => {
      const problem = toProblem(error);
      const settled: Settled = {
        ok: false,
        status: problem.status,
        ...(typeof problem.code === 'string' ? { code: problem.code } : {}),
        ...(problem.detail ? { reason: problem.detail } : {}),
      };
      return from(record(settled)).pipe(mergeMap(() => throwError(() => error)));
    }),
  );
}
