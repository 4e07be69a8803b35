import { ApiClient, CommandAnswer } from '../../apps/cli/src/api-client';
import { directiveBody } from '../../bench/feeds/feed-scenario';
import { SseConnection } from '../../bench/feeds/sse-client';
import { startTestApi, TestApi } from '../helpers/test-api';

// Above what one poll hands a client that keeps up (a few 20 KB items), far below the socket buffers.
const LIMITS = { HSTF_FEED_CLIENT_BUFFER_ITEMS: '64', HSTF_FEED_CLIENT_BUFFER_BYTES: '1048576' };
// Large items fill the socket buffers between server and client in a few hundred events.
const LONG_BODY = 'Coordinate interdiction at the Laredo checkpoints and report daily. '.repeat(280);
const MAX_DIRECTIVES = 800;
const FBI_ONLY = { states: [], agencies: ['FBI'] };
// Only a net for a broken feed: every wait below ends on an event.
const SAFETY_MS = 60_000;

/** A client that stops reading is cut off with a reason, and loses nothing when it comes back. */
describe('a slow feed client', () => {
  let api: TestApi;
  let operator: string;
  let fbi: string;
  const streams: SseConnection[] = [];

  beforeAll(async () => {
    // The feeds read their settings from the environment, as the audit's do.
    Object.assign(process.env, LIMITS);
    api = await startTestApi();
    operator = await api.token('operator');
    fbi = await api.token('liaison', { agency: 'FBI' });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(streams.map((stream) => stream.close()));
    await api.close();
    for (const name of Object.keys(LIMITS)) delete process.env[name];
  });

  const open = async (lastEventId?: string) => {
    const stream = await SseConnection.open(`${api.url}/feeds/agencies/FBI`, { token: fbi, lastEventId });
    streams.push(stream);
    return stream;
  };

  /** Resolves when the item arrives; fails at once if the stream ends before it. */
  const arrives = (stream: SseConnection, id: string) =>
    Promise.race([
      stream.waitFor((event) => event.id === id, SAFETY_MS),
      stream.ended.then(() => {
        throw new Error(`the stream ended before ${id}: ${JSON.stringify(stream.events.at(-1))}`);
      }),
    ]);

  const overflows = async (): Promise<number> => {
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    return Number(/^hstf_feed_overflows_total (\d+)/m.exec(metrics)?.[1] ?? 0);
  };

  it('is sent `overflow` with the reason and closed, and after a reconnect with Last-Event-ID has every item once', async () => {
    const slow = await open();
    const steady = await open();
    slow.pause();
    const client = new ApiClient(api.url);
    const issued: CommandAnswer[] = [];
    // In rounds of ten, each awaited on the client that keeps up, so that no poll ever hands out more than
    // its bound at once: the slow client's buffer fills round by round, never by a burst of the projection.
    const round = async (label: string) => {
      for (let i = 0; i < 10; i++) {
        const body = directiveBody(`${label} ${issued.length}`, FBI_ONLY, LONG_BODY);
        issued.push(await client.post('/directives', operator, body));
      }
      const last = issued.at(-1)!.position;
      await arrives(steady, last);
    };
    while ((await overflows()) === 0) {
      if (issued.length >= MAX_DIRECTIVES) throw new Error(`no overflow after ${issued.length} directives`);
      await round('Directive');
    }
    await round('After the overflow');

    slow.resume();
    await slow.ended;
    const last = slow.events.at(-1)!;
    expect(last.event).toBe('overflow');
    const overflow = JSON.parse(last.data) as { reason: string; lastEventId: string | null };
    expect(overflow.reason).toMatch(/client too slow: .* over the limit of 64 items or 1048576 bytes/);
    const received = slow.events.filter((event) => event.event !== 'overflow');
    expect(overflow.lastEventId).toBe(received.at(-1)?.id ?? null);
    expect(slow.lastEventId).toBe(received.at(-1)?.id);

    // The feed moves on while it reads its catch-up (feed-streams.unit.spec.ts fixes that order
    // deterministically; here it happens as it may).
    const resumed = await open(slow.lastEventId ?? '-1');
    for (let i = 0; i < 3; i++) await round('During the catch-up');
    const sentinel = await client.post('/directives', operator, directiveBody('Last', FBI_ONLY));
    issued.push(sentinel);
    // Everything before the sentinel arrives before it, in order, so once both have it nothing is pending.
    await arrives(resumed, sentinel.position);
    await arrives(steady, sentinel.position);
    const positions = issued.map((answer) => answer.position);
    expect(resumed.events.map((event) => event.event)).not.toContain('overflow');
    expect([...received, ...resumed.events].map((event) => event.id)).toEqual(positions);
    // A client that keeps up is not affected.
    expect(steady.events.map((event) => event.id)).toEqual(positions);
    expect(await overflows()).toBe(1);
  }, 180_000);
});
