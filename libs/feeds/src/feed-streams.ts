import { Inject, Injectable, Logger } from '@nestjs/common';
import { ReadModelUnavailable } from '@hstf/projections';
import type { FastifyReply } from 'fastify';
import { FeedClient } from './feed-client';
import { FeedHub } from './feed-hub';
import { FeedItemReader } from './feed-item-reader';
import { FEEDS_CONFIG, FeedsConfig } from './feeds-config';
import { itemFrame, openingFrame } from './sse-frames';

// Held in memory per client while it catches up, so kept small.
const CATCH_UP_PAGE = 100;

const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  connection: 'keep-alive',
  // nginx and its kin would otherwise hold events back to fill their buffers.
  'x-accel-buffering': 'no',
};

/**
 * Opens one SSE stream on Fastify's raw response: joins the audience's live items first, then reads from
 * the read model what came after Last-Event-ID up to where the live items are, so that the two meet
 * without a gap and without a repeat.
 */
@Injectable()
export class FeedStreams {
  private readonly logger = new Logger('FeedStreams');

  constructor(
    private readonly hub: FeedHub,
    private readonly reader: FeedItemReader,
    @Inject(FEEDS_CONFIG) private readonly config: FeedsConfig,
  ) {}

  async open(reply: FastifyReply, audience: string, lastEventId: bigint | undefined): Promise<void> {
    // Without Last-Event-ID a stream starts from now. Asked before the response starts, so that a
    // failure here is still answered as problem+json.
    const after = lastEventId ?? (await this.latest(audience));
    reply.hijack();
    const raw = reply.raw;
    // Gone while the start was looked up: its 'close' has fired already, so it must not join.
    if (raw.destroyed || raw.socket === null || raw.socket.destroyed) return;
    raw.writeHead(200, { ...(reply.getHeaders() as Record<string, string>), ...SSE_HEADERS });
    const client = new FeedClient(
      audience,
      raw,
      { items: this.config.clientBufferItems, bytes: this.config.clientBufferBytes },
      after,
    );
    client.writeRaw(openingFrame(this.config.retryMs, audience, lastEventId?.toString()));
    const upTo = this.hub.join(client);
    try {
      await this.catchUp(client, after, upTo);
    } catch (error) {
      this.logger.error(`catching up ${audience} after ${after} failed: ${(error as Error).message}`);
      // The client reconnects with the Last-Event-ID it has and tries again.
      client.end();
    }
  }

  /**
   * Reads (after, upTo] from the read model at the socket's pace, then whatever the poller handed out
   * meanwhile, until the catch-up meets the poller; it goes live in the same step as it sees that, so
   * nothing the poller offers later is missed and nothing it offered before is needed.
   */
  private async catchUp(client: FeedClient, after: bigint, upTo: bigint): Promise<void> {
    let cursor = after;
    let target = upTo;
    while (!client.isClosed) {
      while (cursor < target && !client.isClosed) {
        const page = await this.reader.itemsOf([client.audience], cursor, target, CATCH_UP_PAGE);
        for (const entry of page.entries) await client.catchUp(BigInt(entry.position), itemFrame(entry));
        cursor = page.rows < CATCH_UP_PAGE || page.last === undefined ? target : page.last;
      }
      const live = this.hub.cursorOf(client.audience);
      if (live <= cursor) return client.goLive(cursor);
      target = live;
    }
  }

  private latest(audience: string): Promise<bigint> {
    return this.reader.latestPosition(audience).catch((error: unknown) => {
      if (error instanceof ReadModelUnavailable) return -1n;
      throw error;
    });
  }
}
