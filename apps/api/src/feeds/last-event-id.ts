import { int64Of } from '../http/integers';
import { badRequest } from '../http/problem';

/**
 * Where a stream resumes: the `Last-Event-ID` header a reconnecting EventSource sends, or `?lastEventId=`
 * for a client that cannot set headers. The header wins: it is the newer of the two when an EventSource
 * reconnects to a URL that still carries the first query. Absent: from now on; -1: from the beginning.
 */
export function resumePosition(header: string | undefined, query: string | undefined): bigint | undefined {
  const [field, value] =
    header !== undefined && header.trim() !== '' ? ['Last-Event-ID', header.trim()] : ['lastEventId', query];
  if (value === undefined || value === '') return undefined;
  const position = int64Of(value, -1n);
  if (position === undefined) {
    throw badRequest([
      {
        field,
        reason: `${field} must be the id of a feed item (a global position), or -1 for the beginning`,
      },
    ]);
  }
  return position;
}
