import { IncomingMessage, request } from 'node:http';

/** One event as the WHATWG EventSource would dispatch it. */
export interface SseEvent {
  readonly id: string | undefined;
  readonly event: string;
  readonly data: string;
}

export interface SseOptions {
  readonly token: string;
  readonly lastEventId?: string;
  readonly headers?: Record<string, string>;
}

export class SseRefused extends Error {
  constructor(
    readonly status: number,
    readonly contentType: string | undefined,
    readonly body: string,
  ) {
    super(`HTTP ${status}: ${body}`);
  }
}

/**
 * A minimal EventSource over node:http, for the tests and the benchmark: no reconnection of its own (the
 * callers reconnect explicitly, with the Last-Event-ID they choose), one socket per connection.
 */
export class SseConnection {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  /** As an EventSource tracks it: the id of the last event that carried one. */
  lastEventId: string | undefined;
  readonly ended: Promise<void>;
  private readonly listeners: ((event: SseEvent) => void)[] = [];
  private pending = '';
  private field = { id: undefined as string | undefined, event: '', data: [] as string[] };

  private constructor(
    private readonly response: IncomingMessage,
    readonly abort: () => void,
  ) {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => this.feed(chunk));
    this.ended = new Promise((resolve) => {
      response.on('close', resolve);
      response.on('error', () => resolve());
    });
  }

  static open(url: string, options: SseOptions): Promise<SseConnection> {
    return new Promise((resolve, reject) => {
      const req = request(url, {
        agent: false,
        headers: {
          accept: 'text/event-stream',
          authorization: `Bearer ${options.token}`,
          ...(options.lastEventId === undefined ? {} : { 'last-event-id': options.lastEventId }),
          ...options.headers,
        },
      });
      req.on('error', reject);
      req.on('response', (response) => {
        if (response.statusCode !== 200) {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () =>
            reject(new SseRefused(response.statusCode ?? 0, response.headers['content-type'], body)),
          );
          return;
        }
        resolve(new SseConnection(response, () => req.destroy()));
      });
      req.end();
    });
  }

  get headers(): IncomingMessage['headers'] {
    return this.response.headers;
  }

  onEvent(listener: (event: SseEvent) => void): void {
    this.listeners.push(listener);
  }

  /** Resolves with the first event (already received or still to come) that matches. */
  waitFor(match: (event: SseEvent) => boolean, timeoutMs = 10_000): Promise<SseEvent> {
    const seen = this.events.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching event within ${timeoutMs} ms; got ${this.events.length}`)),
        timeoutMs,
      );
      this.listeners.push((event) => {
        if (!match(event)) return;
        clearTimeout(timer);
        resolve(event);
      });
    });
  }

  /** Stops reading: the server's writes back up into the socket buffers, as a slow client's would. */
  pause(): void {
    this.response.pause();
  }

  resume(): void {
    this.response.resume();
  }

  close(): Promise<void> {
    this.abort();
    return this.ended;
  }

  private feed(chunk: string): void {
    const lines = (this.pending + chunk).split(/\r\n|\r|\n/);
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.line(line);
  }

  private line(line: string): void {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) {
      this.comments.push(line.slice(1).trim());
      return;
    }
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (name === 'data') this.field.data.push(value);
    else if (name === 'event') this.field.event = value;
    else if (name === 'id') this.field.id = value;
  }

  private dispatch(): void {
    const { id, event, data } = this.field;
    this.field = { id: undefined, event: '', data: [] };
    if (id !== undefined) this.lastEventId = id;
    if (data.length === 0) return;
    const dispatched = { id, event: event || 'message', data: data.join('\n') };
    this.events.push(dispatched);
    for (const listener of this.listeners) listener(dispatched);
  }
}
