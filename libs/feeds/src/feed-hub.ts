import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ReadModelUnavailable } from '@hstf/projections';
import { FeedClient } from './feed-client';
import { FEED_HORIZON, FeedHorizon } from './feed-horizon';
import { AudienceEntry, FeedItemReader } from './feed-item-reader';
import { audienceKind, FeedMetrics } from './feed-metrics';
import { FEEDS_CONFIG, FeedsConfig } from './feeds-config';
import { itemFrame } from './sse-frames';

/** The clients of one audience and how far its items have been handed to them. */
interface Channel {
  readonly audience: string;
  readonly clients: Set<FeedClient>;
  cursor: bigint;
}

// Rows per poll query: more than any one event has audiences, so a page always ends on a whole event.
const ROWS_PER_POLL = 1000;

/**
 * One poller per process for every open stream: each poll reads the horizon, then the new items of every
 * audience someone listens to in one query, and hands each item (framed once) to that audience's
 * clients. A thousand clients cost the database what one costs.
 */
@Injectable()
export class FeedHub implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('FeedHub');
  private readonly channels = new Map<string, Channel>();
  private horizon = -1n;
  private timer: NodeJS.Timeout | undefined;
  private heartbeats: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private stopped = false;
  private failing = false;

  constructor(
    @Inject(FEED_HORIZON) private readonly horizons: FeedHorizon,
    private readonly reader: FeedItemReader,
    @Inject(FEEDS_CONFIG) private readonly config: FeedsConfig,
    private readonly metrics: FeedMetrics,
  ) {}

  async onModuleInit(): Promise<void> {
    this.horizon = await this.horizons.start().catch((error: unknown) => {
      // No feed read model yet (a projector has never run on this database): nothing to deliver so far.
      if (error instanceof ReadModelUnavailable) return -1n;
      throw error;
    });
    this.metrics.horizon.set(Number(this.horizon));
    this.schedule(0);
    this.heartbeats = setInterval(() => this.beat(), this.config.heartbeatMs);
    this.heartbeats.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.heartbeats);
    await this.polling;
    for (const channel of this.channels.values()) for (const client of channel.clients) client.end();
    this.channels.clear();
  }

  /**
   * Hands the client every live item of its audience after the position answered; the items up to and
   * including that position are the caller's to read from the read model (the catch-up).
   */
  join(client: FeedClient): bigint {
    let channel = this.channels.get(client.audience);
    if (!channel) {
      channel = { audience: client.audience, clients: new Set(), cursor: this.horizon };
      this.channels.set(client.audience, channel);
    }
    channel.clients.add(client);
    const kind = audienceKind(client.audience);
    this.metrics.clients.inc({ kind });
    client.onClose((closed) => {
      this.metrics.clients.dec({ kind });
      if (closed.closedBecause === 'overflow') this.metrics.overflows.inc();
      const current = this.channels.get(closed.audience);
      current?.clients.delete(closed);
      if (current?.clients.size === 0) this.channels.delete(closed.audience);
    });
    return channel.cursor;
  }

  /**
   * How far the audience's live items have been handed out: every item up to here was offered to the
   * clients that were joined when it was read, and every later one will be. It changes only together with
   * those offers (no await between them), so a catch-up that checks it and goes live in one step has
   * neither a gap nor a repeat.
   */
  cursorOf(audience: string): bigint {
    return this.channels.get(audience)?.cursor ?? this.horizon;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.polling = this.poll().finally(() => {
        this.polling = undefined;
        this.schedule(this.channels.size > 0 ? this.config.pollMs : this.config.idlePollMs);
      });
    }, delayMs);
  }

  private async poll(): Promise<void> {
    try {
      this.horizon = await this.horizons.advance();
      this.metrics.horizon.set(Number(this.horizon));
      const behind = [...this.channels.values()].filter((channel) => channel.cursor < this.horizon);
      if (behind.length > 0) await this.deliver(behind, this.horizon);
      if (this.failing) this.logger.log('feeds polling again');
      this.failing = false;
    } catch (error) {
      if (error instanceof ReadModelUnavailable) return;
      // Said once per outage, not twenty times a second.
      if (!this.failing) this.logger.error(`feed poll failed, retrying: ${(error as Error).message}`);
      this.failing = true;
    }
  }

  private async deliver(behind: readonly Channel[], horizon: bigint): Promise<void> {
    const from = behind.reduce((min, channel) => (channel.cursor < min ? channel.cursor : min), horizon);
    const page = await this.reader.itemsOf(
      behind.map((channel) => channel.audience),
      from,
      horizon,
      ROWS_PER_POLL,
    );
    // A full page may end part-way through an event's rows: that event waits for the next poll.
    let upTo = horizon;
    let entries = page.entries;
    if (page.rows === ROWS_PER_POLL && page.last !== undefined) {
      upTo = page.last - 1n;
      entries = entries.filter((entry) => BigInt(entry.position) <= upTo);
    }
    const polled = new Set(behind);
    const frames = new Map<string, Buffer>();
    for (const entry of entries) this.handOut(entry, polled, frames);
    for (const channel of behind) if (channel.cursor < upTo) channel.cursor = upTo;
  }

  private handOut(entry: AudienceEntry, polled: Set<Channel>, frames: Map<string, Buffer>): void {
    const channel = this.channels.get(entry.audience);
    const position = BigInt(entry.position);
    // A channel opened while this poll was reading was not asked about: its next poll reads for it.
    if (!channel || !polled.has(channel) || position <= channel.cursor) return;
    let frame = frames.get(entry.position);
    if (!frame) {
      frame = itemFrame(entry);
      frames.set(entry.position, frame);
    }
    for (const client of channel.clients) client.offer(position, frame);
    this.metrics.itemsSent.inc(channel.clients.size);
  }

  private beat(): void {
    for (const channel of this.channels.values()) for (const client of channel.clients) client.heartbeat();
  }
}
