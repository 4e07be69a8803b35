import type { AllFilter, EventStore, RecordedEvent } from '@hstf/event-store';
import { StreamNotFound } from '@hstf/event-store';

export const PAGE_SIZE = 2000;

/** Pages read at once when going through the log: the store serialises one while this process parses another. */
const READ_AHEAD = 3;

export interface LogPagesOptions {
  /** Exclusive: the pages start after this global position. */
  readonly after?: bigint;
  readonly filter?: AllFilter;
  readonly pageSize?: number;
  /** Pages fetched concurrently; 1 reads one page after the other. */
  readonly readAhead?: number;
}

type Reader = Pick<EventStore, 'readAll' | 'headPosition'>;

/**
 * The global log in pages, in global order, after `after`; memory stays bounded however long the log is.
 * Up to the head as it stood when the pass began (below which no event can still appear) the log is cut
 * into windows of positions, read `readAhead` at a time so that the store's work on one overlaps this
 * process's on another; what was appended since is then read page after page.
 */
export async function* logPages(
  store: Reader,
  options: LogPagesOptions = {},
): AsyncGenerator<RecordedEvent[]> {
  const { filter } = options;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const first = await store.readAll({ after: options.after, maxCount: pageSize, filter });
  if (first.length === 0) return;
  yield first;
  if (first.length < pageSize) return;
  let after = first[first.length - 1].globalPosition;
  const readAhead = options.readAhead ?? READ_AHEAD;
  if (readAhead > 1) {
    const head = await store.headPosition();
    // Positions are sparse; the first page tells how many of them a page of events spans.
    const span = after - first[0].globalPosition + 1n;
    const windows: WindowReader[] = [];
    let next = after;
    const open = () => {
      while (windows.length < readAhead && next < head) {
        const end = next + span < head ? next + span : head;
        windows.push(new WindowReader(store, next, end, pageSize, filter));
        next = end;
      }
    };
    open();
    while (windows.length > 0) {
      const window = windows[0];
      for (let page = await window.nextPage(); page; page = await window.nextPage()) {
        if (page.length > 0) yield page;
      }
      windows.shift();
      open();
    }
    after = head > after ? head : after;
  }
  for (;;) {
    const page = await store.readAll({ after, maxCount: pageSize, filter });
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1].globalPosition;
  }
}

/** The events of positions (start, end], a page at a time, the next page requested as one is handed out. */
class WindowReader {
  private pending: Promise<{ events: RecordedEvent[]; done: boolean }> | undefined;

  constructor(
    private readonly store: Reader,
    start: bigint,
    private readonly end: bigint,
    private readonly pageSize: number,
    private readonly filter: AllFilter | undefined,
  ) {
    this.pending = this.fetch(start);
    // Read ahead of its turn: a failure is reported when the page is asked for, not as unhandled.
    this.pending.catch(() => undefined);
  }

  async nextPage(): Promise<RecordedEvent[] | undefined> {
    if (!this.pending) return undefined;
    const { events, done } = await this.pending;
    this.pending = done ? undefined : this.fetch(events[events.length - 1].globalPosition);
    this.pending?.catch(() => undefined);
    return events;
  }

  private async fetch(after: bigint): Promise<{ events: RecordedEvent[]; done: boolean }> {
    const page = await this.store.readAll({ after, maxCount: this.pageSize, filter: this.filter });
    const events = page.filter((event) => event.globalPosition <= this.end);
    return { events, done: events.length < this.pageSize };
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
