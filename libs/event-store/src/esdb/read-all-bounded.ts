import type { ReadAllOptions, RecordedEvent } from '../port';
import { openFeed } from './all-feed';
import type { EsdbClient } from './esdb-client';
import { comparePositions, cursorAfter } from './global-position';
import { headOfAll } from './tail-of-all';

/**
 * The client reads $all without a server-side filter, so a bounded read is a filtered subscription
 * stopped at the head as it was when the read began (or at the server's "caught up"), or at `maxCount`.
 */
export async function readAllBounded(client: EsdbClient, options: ReadAllOptions): Promise<RecordedEvent[]> {
  const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
  const head = await headOfAll(client);
  const cursor = cursorAfter(options.after);
  const events: RecordedEvent[] = [];
  const from = cursor.resumeFrom;
  if (head === undefined || limit <= 0 || (typeof from === 'object' && comparePositions(from, head) >= 0)) {
    return events;
  }
  const feed = openFeed(client, cursor, options.filter);
  try {
    for await (const item of feed.items) {
      if (item.kind === 'caughtUp') break;
      if (item.kind === 'event') events.push(item.event);
      if (events.length >= limit || comparePositions(item.position, head) >= 0) break;
    }
  } finally {
    await feed.close();
  }
  return events;
}
