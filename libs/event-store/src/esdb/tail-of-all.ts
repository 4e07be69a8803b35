import {
  BACKWARDS,
  END,
  type AllStreamResolvedEvent,
  type Position,
  type ReadPosition,
} from '@eventstore/db-client';
import type { AllFilter } from '../port';
import { isSystemEventType } from './all-filter';
import type { EsdbClient } from './esdb-client';
import { globalPositionOf } from './global-position';

const PAGE = 64;

async function readBackwards(client: EsdbClient, from: ReadPosition, maxCount: number) {
  const page: AllStreamResolvedEvent[] = [];
  for await (const resolved of client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount })) {
    page.push(resolved);
  }
  return page;
}

/** Exact position of the last record in $all, system ones included: where a bounded read may stop. */
export async function headOfAll(client: EsdbClient): Promise<Position | undefined> {
  const [last] = await readBackwards(client, END, 1);
  return last?.event?.position;
}

/**
 * Position of our last event. A store is never empty of EventStoreDB's own records (users, projections,
 * stream metadata), so this pages backwards past them; an empty store for us is one without our events.
 */
export async function lastOurEvent(client: EsdbClient, filter: AllFilter = {}): Promise<bigint | undefined> {
  const kept = (type: string, stream: string) =>
    !isSystemEventType(type) &&
    (!filter.eventTypePrefixes?.length ||
      filter.eventTypePrefixes.some((prefix) => type.startsWith(prefix))) &&
    (!filter.streamPrefixes?.length || filter.streamPrefixes.some((prefix) => stream.startsWith(prefix)));
  let from: ReadPosition = END;
  for (;;) {
    const page = await readBackwards(client, from, PAGE);
    for (const resolved of page) {
      const event = resolved.event;
      if (event && kept(event.type, event.streamId)) return globalPositionOf(event.position);
    }
    const oldest = page.at(-1)?.event?.position;
    if (page.length < PAGE || oldest === undefined) return undefined;
    from = oldest;
  }
}
