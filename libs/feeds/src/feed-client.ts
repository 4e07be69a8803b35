import { HEARTBEAT_FRAME, overflowFrame } from './sse-frames';

/** The part of an HTTP response a stream writes to (a ServerResponse; a plain Writable in unit tests). */
export interface SseSink {
  write(chunk: Buffer): boolean;
  end(): void;
  destroy(): void;
  once(event: 'drain' | 'finish', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

export interface ClientLimits {
  readonly items: number;
  readonly bytes: number;
}

/** Why a stream ended: the client went away, it read too slowly, or the server is stopping. */
export type CloseReason = 'disconnected' | 'overflow' | 'shutdown';

interface Waiting {
  readonly position: bigint;
  readonly frame: Buffer;
}

// A client told to go away that does not read its last bytes is cut off after this long.
const CLOSE_GRACE_MS = 10_000;

/**
 * One open SSE stream. It first catches up from the read model, then takes live items from the poller.
 * Live frames go to the socket while it takes them; once it asks to wait (a slow client), they wait here, bounded in count and bytes. Past the bound the client is sent `overflow` and closed:
 * it reconnects with Last-Event-ID and reads what it missed from the read model, so nothing is lost and
 * the server never holds more than the bound for it. Nothing more is written while the socket waits, so
 * the socket's own buffer stays within its high-water mark and one frame; it is not counted against the
 * bound, which would cut off a client that keeps up but was handed one large poll at once.
 */
export class FeedClient {
  private readonly waiting: Waiting[] = [];
  private waitingBytes = 0;
  private blocked = false;
  private catchingUp = true;
  private drained: (() => void)[] = [];
  /** The last live position handed on; live items at or before it are not sent again. */
  private liveCursor: bigint;
  private lastSent: bigint | undefined;
  private closeReason: CloseReason | undefined;
  private readonly closeListeners: ((client: FeedClient) => void)[] = [];

  constructor(
    readonly audience: string,
    private readonly sink: SseSink,
    private readonly limits: ClientLimits,
    after: bigint | undefined,
  ) {
    this.liveCursor = after ?? -1n;
    this.lastSent = after;
    sink.on('close', () => this.closed());
  }

  get isClosed(): boolean {
    return this.closeReason !== undefined;
  }

  get closedBecause(): CloseReason | undefined {
    return this.closeReason;
  }

  /** The position of the last item written to the socket: what the client resumes after. */
  get lastEventId(): bigint | undefined {
    return this.lastSent;
  }

  onClose(listener: (client: FeedClient) => void): void {
    this.closeListeners.push(listener);
  }

  /**
   * A live item from the poller; it waits behind anything the socket has not taken. While the client
   * catches up, live items are not kept at all: the catch-up reads them from the read model, paced by the
   * socket, until it meets the poller (FeedStreams). Keeping them here instead would cut off, as too slow,
   * a client that reads as fast as it can but is still catching up while the feed moves on.
   */
  offer(position: bigint, frame: Buffer): void {
    if (this.isClosed || this.catchingUp || position <= this.liveCursor) return;
    this.liveCursor = position;
    if (!this.catchingUp && !this.blocked && this.waiting.length === 0) {
      this.send(position, frame);
      return;
    }
    this.waiting.push({ position, frame });
    this.waitingBytes += frame.length;
    if (this.waiting.length > this.limits.items || this.waitingBytes > this.limits.bytes) {
      this.overflow(
        `client too slow: ${this.waiting.length} items (${this.waitingBytes} bytes) waiting, over the limit of ` +
          `${this.limits.items} items or ${this.limits.bytes} bytes; reconnect with Last-Event-ID`,
      );
    }
  }

  /** An item read from the read model before going live; resolves once the socket can take more. */
  async catchUp(position: bigint, frame: Buffer): Promise<void> {
    if (this.blocked) await this.untilDrained();
    if (this.isClosed) return;
    this.send(position, frame);
  }

  /** Caught up to `position`, where the poller's live items for this audience start. */
  goLive(position: bigint): void {
    if (position > this.liveCursor) this.liveCursor = position;
    this.catchingUp = false;
  }

  /** Raw bytes outside the item sequence (the opening lines). */
  writeRaw(frame: Buffer): void {
    if (!this.isClosed) this.write(frame);
  }

  heartbeat(): void {
    // A client that has not taken what it was sent needs no proof of life.
    if (this.isClosed || this.blocked || this.waiting.length > 0) return;
    this.write(HEARTBEAT_FRAME);
  }

  /** Server shutdown: the stream ends; the client reconnects to another replica or after the restart. */
  end(): void {
    if (this.isClosed) return;
    this.markClosed('shutdown');
    this.finish();
  }

  private send(position: bigint, frame: Buffer): void {
    this.lastSent = position;
    this.write(frame);
  }

  private write(frame: Buffer): void {
    if (this.sink.write(frame) || this.blocked) return;
    this.blocked = true;
    this.sink.once('drain', () => this.onDrain());
  }

  private onDrain(): void {
    this.blocked = false;
    this.flush();
    if (this.blocked) return;
    const drained = this.drained;
    this.drained = [];
    for (const resolve of drained) resolve();
  }

  private flush(): void {
    while (!this.isClosed && !this.blocked && this.waiting.length > 0) {
      const next = this.waiting.shift() as Waiting;
      this.waitingBytes -= next.frame.length;
      this.send(next.position, next.frame);
    }
  }

  private untilDrained(): Promise<void> {
    return new Promise((resolve) => this.drained.push(resolve));
  }

  private overflow(reason: string): void {
    this.markClosed('overflow');
    // What waited here was never written: the client reads it again after Last-Event-ID.
    this.sink.write(overflowFrame(reason, this.lastSent?.toString()));
    this.finish();
  }

  private finish(): void {
    this.sink.end();
    const cutOff = setTimeout(() => this.sink.destroy(), CLOSE_GRACE_MS);
    cutOff.unref();
    this.sink.once('finish', () => clearTimeout(cutOff));
  }

  private closed(): void {
    if (!this.isClosed) this.markClosed('disconnected');
  }

  private markClosed(reason: CloseReason): void {
    this.closeReason = reason;
    this.waiting.length = 0;
    this.waitingBytes = 0;
    const drained = this.drained;
    this.drained = [];
    for (const resolve of drained) resolve();
    for (const listener of this.closeListeners.splice(0)) listener(this);
  }
}
