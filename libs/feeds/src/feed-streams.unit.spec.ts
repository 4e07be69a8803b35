import { EventEmitter } from 'node:events';
import type { FastifyReply } from 'fastify';
import { Registry } from 'prom-client';
import { SseSink } from './feed-client';
import { FeedHorizon } from './feed-horizon';
import { FeedHub } from './feed-hub';
import { AudienceEntry, FeedItemReader, ItemPage } from './feed-item-reader';
import { FeedMetrics } from './feed-metrics';
import { FeedStreams } from './feed-streams';
import { FeedsConfig } from './feeds-config';

const config: FeedsConfig = {
  pollMs: 50,
  idlePollMs: 50,
  heartbeatMs: 60_000,
  clientBufferItems: 3,
  clientBufferBytes: 1_000_000,
  retryMs: 1000,
};

const item = (position: number): AudienceEntry => ({
  audience: 'agency:FBI',
  position: String(position),
  eventId: `e-${position}`,
  type: 'DirectiveIssued',
  streamId: `directive-${position}`,
  summary: `item ${position}`,
  data: {},
  occurredAt: null,
  recordedAt: null,
});

/** A response socket the test drains by hand: a client that reads, but not instantly. */
class ManualSink extends EventEmitter implements SseSink {
  readonly written: string[] = [];
  readonly destroyed = false;
  readonly socket = { destroyed: false };
  full = false;
  ended = false;

  writeHead(): void {}

  write(chunk: Buffer): boolean {
    this.written.push(chunk.toString());
    return !this.full;
  }

  end(): void {
    this.ended = true;
    this.emit('finish');
    this.emit('close');
  }

  destroy(): void {
    this.emit('close');
  }

  drain(): void {
    this.full = false;
    this.emit('drain');
  }

  ids(): string[] {
    return this.written.flatMap((frame) => [...frame.matchAll(/^id: (\d+)$/gm)].map((m) => m[1]));
  }

  events(): string[] {
    return this.written.flatMap((frame) => [...frame.matchAll(/^event: (\S+)$/gm)].map((m) => m[1]));
  }
}

const replyOn = (sink: ManualSink): FastifyReply =>
  ({ hijack: () => undefined, raw: sink, getHeaders: () => ({}) }) as unknown as FastifyReply;

describe('a feed stream that resumes while the feed moves on', () => {
  let items: AudienceEntry[];
  let horizon: bigint;
  let hub: FeedHub;
  let streams: FeedStreams;

  beforeEach(async () => {
    jest.useFakeTimers();
    items = [];
    horizon = 0n;
    const horizons: FeedHorizon = { start: async () => horizon, advance: async () => horizon };
    const reader = {
      itemsOf: async (_audiences: readonly string[], after: bigint, upTo: bigint, limit: number) => {
        const rows = items
          .filter((i) => BigInt(i.position) > after && BigInt(i.position) <= upTo)
          .slice(0, limit);
        const last = rows.at(-1);
        return { entries: rows, rows: rows.length, last: last && BigInt(last.position) } as ItemPage;
      },
      latestPosition: async () => horizon,
    } as unknown as FeedItemReader;
    hub = new FeedHub(horizons, reader, config, new FeedMetrics(new Registry()));
    await hub.onModuleInit();
    streams = new FeedStreams(hub, reader, config);
  });

  afterEach(async () => {
    await hub.onModuleDestroy();
    jest.useRealTimers();
  });

  const publish = (from: number, to: number) => {
    for (let position = from; position <= to; position++) items.push(item(position));
    horizon = BigInt(to);
  };

  // The order that cut off a resuming client on a fast machine: it is still reading its catch-up when
  // more items than its live bound reach the poller. It reads as fast as the socket lets it, so it is not
  // too slow, and it must end up with every item once, without an overflow.
  it('is not cut off when more live items than its bound arrive during its catch-up', async () => {
    publish(1, 10);
    await jest.advanceTimersByTimeAsync(config.pollMs);
    const sink = new ManualSink();
    sink.full = true; // the socket takes the opening lines, then asks to wait
    const opening = streams.open(replyOn(sink), 'agency:FBI', 0n);
    await jest.advanceTimersByTimeAsync(0);
    expect(sink.ids()).toEqual([]);

    publish(11, 20); // ten more than the bound of three, handed out by the next polls
    await jest.advanceTimersByTimeAsync(config.pollMs * 3);
    for (let i = 0; i < 40 && !sink.ended; i++) {
      sink.drain();
      await jest.advanceTimersByTimeAsync(config.pollMs);
    }
    expect(sink.events()).not.toContain('overflow');
    expect(sink.ids()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    await opening;

    publish(21, 22); // and once caught up it is live
    await jest.advanceTimersByTimeAsync(config.pollMs);
    expect(sink.ids().slice(-2)).toEqual(['21', '22']);
  });

  it('meets the poller without a gap or a repeat when the feed moves on between catch-up pages', async () => {
    publish(1, 250);
    await jest.advanceTimersByTimeAsync(config.pollMs);
    const sink = new ManualSink();
    const opening = streams.open(replyOn(sink), 'agency:FBI', 0n);
    publish(251, 260);
    await jest.advanceTimersByTimeAsync(config.pollMs);
    publish(261, 262);
    await opening;
    await jest.advanceTimersByTimeAsync(config.pollMs * 2);
    expect(sink.ids()).toEqual(Array.from({ length: 262 }, (_, i) => String(i + 1)));
  });
});
