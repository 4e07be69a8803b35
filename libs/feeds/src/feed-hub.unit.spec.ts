import { PassThrough } from 'node:stream';
import { Registry } from 'prom-client';
import { FeedClient } from './feed-client';
import { FeedHorizon } from './feed-horizon';
import { FeedHub } from './feed-hub';
import { AudienceEntry, FeedItemReader, ItemPage } from './feed-item-reader';
import { FeedMetrics } from './feed-metrics';
import { FeedsConfig } from './feeds-config';

const config: FeedsConfig = {
  pollMs: 50,
  idlePollMs: 50,
  heartbeatMs: 60_000,
  clientBufferItems: 100,
  clientBufferBytes: 1_000_000,
  retryMs: 1000,
};

const item = (audience: string, position: number): AudienceEntry => ({
  audience,
  position: String(position),
  eventId: `e-${position}`,
  type: 'DirectiveIssued',
  streamId: `directive-${position}`,
  summary: `item ${position}`,
  data: {},
  occurredAt: null,
  recordedAt: null,
});

/** The read model as a list; a test can hold a poll's read to act while it is in flight. */
class FakeFeed {
  items: AudienceEntry[] = [];
  horizon = 0n;
  held: { release: () => void } | undefined;
  asked: string[][] = [];

  readonly horizons: FeedHorizon = {
    start: async () => this.horizon,
    advance: async () => this.horizon,
  };

  readonly reader = {
    itemsOf: async (audiences: readonly string[], after: bigint, upTo: bigint, limit: number) => {
      this.asked.push([...audiences]);
      if (this.held) await new Promise<void>((release) => (this.held = { release }));
      const rows = this.items
        .filter((i) => audiences.includes(i.audience))
        .filter((i) => BigInt(i.position) > after && BigInt(i.position) <= upTo)
        .slice(0, limit);
      const last = rows.at(-1);
      return { entries: rows, rows: rows.length, last: last ? BigInt(last.position) : undefined } as ItemPage;
    },
  } as unknown as FeedItemReader;
}

function received(client: FeedClient, sink: PassThrough): () => string[] {
  const ids: string[] = [];
  sink.on('data', (chunk: Buffer) =>
    ids.push(...[...chunk.toString().matchAll(/^id: (\d+)$/gm)].map((m) => m[1])),
  );
  client.goLive(-1n);
  return () => ids;
}

describe('the feed hub', () => {
  let feed: FakeFeed;
  let hub: FeedHub;

  beforeEach(async () => {
    jest.useFakeTimers();
    feed = new FakeFeed();
    hub = new FeedHub(feed.horizons, feed.reader, config, new FeedMetrics(new Registry()));
    await hub.onModuleInit();
  });

  afterEach(async () => {
    await hub.onModuleDestroy();
    jest.useRealTimers();
  });

  const connect = (audience: string) => {
    const sink = new PassThrough();
    const client = new FeedClient(audience, sink, { items: 100, bytes: 1_000_000 }, undefined);
    const upTo = hub.join(client);
    return { client, upTo, ids: received(client, sink) };
  };

  const poll = () => jest.advanceTimersByTimeAsync(config.pollMs);

  it('reads every listened-to audience in one query per poll and hands each client its own items', async () => {
    const fbi = [connect('agency:FBI'), connect('agency:FBI')];
    const texas = connect('state:TX');
    feed.items = [item('agency:FBI', 1), item('state:TX', 1), item('state:TX', 2), item('agency:FBI', 3)];
    feed.horizon = 3n;
    feed.asked = [];
    await poll();
    expect(feed.asked).toEqual([['agency:FBI', 'state:TX']]);
    for (const client of fbi) expect(client.ids()).toEqual(['1', '3']);
    expect(texas.ids()).toEqual(['1', '2']);
    await poll();
    expect(fbi[0].ids()).toEqual(['1', '3']);
  });

  it('delivers nothing past the horizon, even when the read model already shows it', async () => {
    const fbi = connect('agency:FBI');
    feed.items = [item('agency:FBI', 1), item('agency:FBI', 5)];
    feed.horizon = 2n;
    await poll();
    expect(fbi.ids()).toEqual(['1']);
    feed.horizon = 5n;
    await poll();
    expect(fbi.ids()).toEqual(['1', '5']);
  });

  it('leaves no gap for a new audience that joins while a poll is reading', async () => {
    connect('agency:FBI');
    feed.items = [item('agency:FBI', 1), item('state:TX', 2), item('state:TX', 4)];
    feed.horizon = 2n;
    feed.held = { release: () => undefined };
    void poll();
    await Promise.resolve();
    await jest.advanceTimersByTimeAsync(0);
    const texas = connect('state:TX');
    // The poll in flight was not asked about TX: up to the horizon it read, TX catches up by itself.
    expect(texas.upTo).toBe(2n);
    feed.held.release();
    feed.held = undefined;
    await jest.advanceTimersByTimeAsync(0);
    feed.horizon = 4n;
    await poll();
    expect(texas.ids()).toEqual(['4']);
  });

  it('lets a client that joins a listened-to audience mid-poll receive what that poll reads', async () => {
    const first = connect('agency:FBI');
    feed.items = [item('agency:FBI', 1), item('agency:FBI', 2)];
    feed.horizon = 2n;
    feed.held = { release: () => undefined };
    void poll();
    await jest.advanceTimersByTimeAsync(0);
    const second = connect('agency:FBI');
    expect(second.upTo).toBe(0n);
    feed.held.release();
    feed.held = undefined;
    await jest.advanceTimersByTimeAsync(0);
    expect(first.ids()).toEqual(['1', '2']);
    expect(second.ids()).toEqual(['1', '2']);
  });

  it('forgets an audience when its last client leaves, and ends every stream when the API stops', async () => {
    const a = connect('agency:FBI');
    const b = connect('state:TX');
    a.client.end();
    feed.asked = [];
    feed.horizon = 1n;
    await poll();
    expect(feed.asked).toEqual([['state:TX']]);
    await hub.onModuleDestroy();
    expect(b.client.closedBecause).toBe('shutdown');
  });
});
