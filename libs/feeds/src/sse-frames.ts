import { FeedEntry } from '@hstf/projections';

/**
 * Server-Sent Events as the WHATWG HTML standard frames them. `id` is the global position, so a client's
 * Last-Event-ID is where it resumes; JSON.stringify escapes every line break, so `data` is one line.
 */
export function itemFrame(entry: FeedEntry): Buffer {
  const data = JSON.stringify({
    position: entry.position,
    type: entry.type,
    summary: entry.summary,
    streamId: entry.streamId,
    eventId: entry.eventId,
    occurredAt: entry.occurredAt,
    recordedAt: entry.recordedAt,
    data: entry.data,
  });
  return Buffer.from(`id: ${entry.position}\nevent: ${entry.type}\ndata: ${data}\n\n`);
}

/**
 * Without an `id` line, so the client's Last-Event-ID stays that of the last item it received.
 * `lastEventId` repeats it for clients that do not track it themselves.
 */
export function overflowFrame(reason: string, lastEventId: string | undefined): Buffer {
  const data = JSON.stringify({ reason, lastEventId: lastEventId ?? null });
  return Buffer.from(`event: overflow\ndata: ${data}\n\n`);
}

export const HEARTBEAT_FRAME = Buffer.from(': heartbeat\n\n');

/** The first bytes of a stream: how long to wait before reconnecting, and where it starts. */
export const openingFrame = (retryMs: number, audience: string, after: string | undefined): Buffer =>
  Buffer.from(
    `retry: ${retryMs}\n: ${audience} feed${after === undefined ? ', live' : ` after ${after}`}\n\n`,
  );
