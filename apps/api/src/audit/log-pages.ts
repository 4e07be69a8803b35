import type { AllFilter, EventStore, RecordedEvent } from '@hstf/event-store';
import { StreamNotFound } from '@hstf/event-store';

export const PAGE_SIZE = 2000;

/** The global log in pages, after `after` (exclusive): memory stays bounded however long the log is. */
export async function* logPages(
  store: Pick<EventStore, 'readAll'>,
  options: { after?: bigint; filter?: AllFilter; pageSize?: number } = {},
): AsyncGenerator<RecordedEvent[]> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  for (let after = options.after; ;) {
    const page = await store.readAll({ after, maxCount: pageSize, filter: options.filter });
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1].globalPosition;
  }
}

/** One stream in pages from `fromRevision`; nothing for a stream that does not exist. */
export async function* streamPages(
  store: Pick<EventStore, 'readStream'>,
  streamId: string,
  fromRevision = 0n,
  pageSize = PAGE_SIZE,
): AsyncGenerator<RecordedEvent[]> {
  for (let from = fromRevision; ;) {
    const page = await readOrNothing(store, streamId, from, pageSize);
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    from = page[page.length - 1].streamPosition + 1n;
  }
}

export async function readOrNothing(
  store: Pick<EventStore, 'readStream'>,
  streamId: string,
  fromRevision: bigint,
  maxCount: number,
): Promise<RecordedEvent[]> {
  try {
    return await store.readStream(streamId, { fromRevision, maxCount });
  } catch (error) {
    if (error instanceof StreamNotFound) return [];
    throw error;
  }
}

/** The last event of a stream, or undefined when it has none. */
export async function lastEventOf(
  store: Pick<EventStore, 'readStream'>,
  streamId: string,
): Promise<RecordedEvent | undefined> {
  try {
    const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    return last;
  } catch (error) {
    if (error instanceof StreamNotFound) return undefined;
    throw error;
  }
}
