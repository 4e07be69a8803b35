import { Inject, Injectable } from '@nestjs/common';
import { AccessRecord, accessStreamIds, streamPages } from '@hstf/audit';
import { EVENT_STORE, EventStore } from '@hstf/event-store';
import { badRequest } from '../http/problem';

export interface AccessFilter {
  readonly from: Date;
  readonly to: Date;
  readonly subject?: string;
  readonly type?: string;
  readonly outcome?: string;
  readonly limit: number;
  /** `<streamId>:<revision>` to continue from. */
  readonly cursor?: string;
}

export type AccessEntry = AccessRecord & {
  readonly id: string;
  readonly streamId: string;
  readonly revision: string;
  readonly globalPosition: string;
  /** The request's correlation id: the records of one request share it. */
  readonly request: unknown;
};

export interface AccessPage {
  readonly from: string;
  readonly to: string;
  readonly records: AccessEntry[];
  /** Pass as `cursor` for the next page; null on the last. */
  readonly next: string | null;
}

const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

/** The access log between two instants, read day stream by day stream, filtered by who, what and outcome. */
@Injectable()
export class AccessQuery {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async find(filter: AccessFilter): Promise<AccessPage> {
    const { from, to, limit } = filter;
    if (from >= to) throw badRequest([{ field: 'from', reason: 'from must be before to' }]);
    if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) {
      throw badRequest([{ field: 'from', reason: `a query spans at most ${MAX_DAYS} days` }]);
    }
    const [cursorStream, cursorRevision] = filter.cursor?.split(':') ?? [];
    const records: AccessEntry[] = [];
    for (const streamId of accessStreamIds(from, new Date(to.getTime() - 1))) {
      if (cursorStream && streamId < cursorStream) continue;
      const start = streamId === cursorStream ? BigInt(cursorRevision) : 0n;
      for await (const page of streamPages(this.store, streamId, start)) {
        for (const event of page) {
          const record = event.data as AccessRecord;
          if (!matches(record, filter)) continue;
          if (records.length === limit) {
            return {
              from: from.toISOString(),
              to: to.toISOString(),
              records,
              next: `${streamId}:${event.streamPosition}`,
            };
          }
          records.push({
            id: event.id,
            streamId,
            revision: event.streamPosition.toString(),
            globalPosition: event.globalPosition.toString(),
            request: event.metadata.correlationId,
            ...record,
          });
        }
      }
    }
    return { from: from.toISOString(), to: to.toISOString(), records, next: null };
  }
}

function matches(record: AccessRecord, filter: AccessFilter): boolean {
  const at = Date.parse(record.at);
  return (
    at >= filter.from.getTime() &&
    at < filter.to.getTime() &&
    (filter.subject === undefined || record.subject === filter.subject) &&
    (filter.type === undefined || record.type === filter.type) &&
    (filter.outcome === undefined || record.outcome === filter.outcome)
  );
}
