import { EventEmitter } from 'node:events';
import { FeedClient, SseSink } from './feed-client';

/** A socket that takes writes until told it is full, like a client that stopped reading. */
class FakeSink extends EventEmitter implements SseSink {
  readonly written: string[] = [];
  writableEnded = false;
  destroyed = false;
  full = false;

  write(chunk: Buffer): boolean {
    this.written.push(chunk.toString());
    return !this.full;
  }

  end(): void {
    this.writableEnded = true;
    this.emit('finish');
    this.emit('close');
  }

  destroy(): void {
    this.destroyed = true;
    this.emit('close');
  }

  drain(): void {
    this.full = false;
    this.emit('drain');
  }

  ids(): string[] {
    return this.written.flatMap((frame) => /^id: (\d+)/.exec(frame)?.[1] ?? []);
  }
}

const frame = (position: number) => Buffer.from(`id: ${position}\nevent: E\ndata: {}\n\n`);

function live(sink: FakeSink, limits = { items: 3, bytes: 10_000 }, after?: bigint): FeedClient {
  const client = new FeedClient('agency:FBI', sink, limits, after);
  client.goLive(after ?? -1n);
  return client;
}

describe('a feed client', () => {
  it('writes live items in order, once each, and nothing at or before where it resumed', () => {
    const sink = new FakeSink();
    const client = live(sink, undefined, 5n);
    for (const position of [4, 5, 6, 6, 7]) client.offer(BigInt(position), frame(position));
    expect(sink.ids()).toEqual(['6', '7']);
    expect(client.lastEventId).toBe(7n);
  });

  it('takes no live items while it catches up (the catch-up reads them), and none it caught up to', async () => {
    const sink = new FakeSink();
    const client = new FeedClient('agency:FBI', sink, { items: 1, bytes: 10_000 }, 1n);
    for (const position of [4, 5, 6]) client.offer(BigInt(position), frame(position));
    await client.catchUp(2n, frame(2));
    await client.catchUp(3n, frame(3));
    client.goLive(3n);
    client.offer(3n, frame(3));
    client.offer(10n, frame(10));
    expect(sink.ids()).toEqual(['2', '3', '10']);
    expect(client.isClosed).toBe(false);
  });

  it('waits for the socket to drain before taking the next catch-up item', async () => {
    const sink = new FakeSink();
    const client = new FeedClient('agency:FBI', sink, { items: 10, bytes: 10_000 }, undefined);
    sink.full = true;
    await client.catchUp(1n, frame(1));
    let second = false;
    const next = client.catchUp(2n, frame(2)).then(() => (second = true));
    await Promise.resolve();
    expect(second).toBe(false);
    sink.drain();
    await next;
    expect(sink.ids()).toEqual(['1', '2']);
  });

  it('keeps what a slow socket cannot take and sends it once the socket drains', () => {
    const sink = new FakeSink();
    const client = live(sink);
    sink.full = true;
    client.offer(1n, frame(1));
    client.offer(2n, frame(2));
    client.offer(3n, frame(3));
    expect(sink.ids()).toEqual(['1']);
    sink.drain();
    expect(sink.ids()).toEqual(['1', '2', '3']);
    expect(client.isClosed).toBe(false);
  });

  it('overflows past its item limit: says why and where to resume, closes, and keeps nothing', () => {
    const sink = new FakeSink();
    const client = live(sink, { items: 2, bytes: 10_000 });
    const closed: string[] = [];
    client.onClose((c) => closed.push(c.closedBecause ?? ''));
    client.offer(1n, frame(1));
    sink.full = true;
    for (const position of [2, 3, 4, 5]) client.offer(BigInt(position), frame(position));
    expect(client.closedBecause).toBe('overflow');
    expect(closed).toEqual(['overflow']);
    const last = sink.written.at(-1) as string;
    expect(last).toMatch(/^event: overflow\ndata: /);
    expect(JSON.parse(last.split('data: ')[1])).toEqual({
      reason: expect.stringContaining('client too slow'),
      lastEventId: '2',
    });
    expect(sink.writableEnded).toBe(true);
  });

  it('overflows past its byte limit too, counting what waits, not what the socket took', () => {
    const sink = new FakeSink();
    const client = live(sink, { items: 1000, bytes: 100 });
    sink.full = true;
    client.offer(1n, Buffer.alloc(500, 'x'));
    client.offer(2n, Buffer.alloc(80, 'x'));
    expect(client.isClosed).toBe(false);
    client.offer(3n, Buffer.alloc(30, 'x'));
    expect(client.closedBecause).toBe('overflow');
  });

  it('sends heartbeats only while the socket keeps up, and nothing once closed', () => {
    const sink = new FakeSink();
    const client = live(sink);
    client.heartbeat();
    sink.full = true;
    client.offer(1n, frame(1));
    client.heartbeat();
    expect(sink.written.filter((w) => w === ': heartbeat\n\n')).toHaveLength(1);
    sink.emit('close');
    expect(client.closedBecause).toBe('disconnected');
    client.offer(2n, frame(2));
    expect(sink.ids()).toEqual(['1']);
  });
});
