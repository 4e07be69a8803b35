import { ApiClient, CommandAnswer } from '../../apps/cli/src/api-client';
import { FeedItemReader } from '@hstf/feeds';
import { directiveBody } from '../../bench/feeds/feed-scenario';
import { SseConnection } from '../../bench/feeds/sse-client';
import { startTestApi, TestApi } from '../helpers/test-api';

// A position is a transaction id shifted left by 16 bits, so positions gain a decimal digit from time to
// time: here at 10^9, which a production cluster reaches after about 15,000 transactions.
const DIGIT_BOUNDARY = 1_000_000_000n;
const PER_TRANSACTION = 65_536n;
const FBI_ONLY = { states: [], agencies: ['FBI'] };
const DIRECTIVES = 12;
const SAFETY_MS = 30_000;

interface DirectivePage {
  readonly items: { readonly directiveId: string }[];
  readonly next?: string;
}

/**
 * Positions travel as text. Queries that ordered by that text put "1000…" before "999…": the feed poller
 * then dropped the lower item as one it had handed out already (the feeds-overflow failure of issue 17),
 * a catch-up after Last-Event-ID sent items out of order, and list pages skipped rows. Here the store's
 * positions are moved to just below a digit boundary, so that the directives below cross it every time.
 */
describe('positions that gain a digit', () => {
  let api: TestApi;
  let operator: string;
  let fbi: string;
  let supervisor: string;
  const streams: SseConnection[] = [];
  const issued: CommandAnswer[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.token('operator');
    fbi = await api.token('liaison', { agency: 'FBI' });
    supervisor = await api.token('supervisor');
    // What the store itself does when restored into a cluster behind it (migrate.ts): raise the offset.
    await api.sql.query(
      `UPDATE es_position_offset
          SET value = value + ($1::bigint - es_first_position(pg_snapshot_xmax(pg_current_snapshot())))`,
      [(DIGIT_BOUNDARY - 4n * PER_TRANSACTION).toString()],
    );
  }, 60_000);

  afterAll(async () => {
    await Promise.all(streams.map((stream) => stream.close()));
    await api.close();
  });

  const open = async (lastEventId?: string) => {
    const stream = await SseConnection.open(`${api.url}/feeds/agencies/FBI`, { token: fbi, lastEventId });
    streams.push(stream);
    return stream;
  };

  it('are issued on both sides of the boundary', async () => {
    const live = await open();
    const client = new ApiClient(api.url);
    for (let i = 0; i < DIRECTIVES; i++) {
      issued.push(await client.post('/directives', operator, directiveBody(`Directive ${i}`, FBI_ONLY)));
    }
    const positions = issued.map((answer) => BigInt(answer.position));
    // Without this the rest would prove nothing.
    expect(positions[0]).toBeLessThan(DIGIT_BOUNDARY);
    expect(positions.at(-1)).toBeGreaterThanOrEqual(DIGIT_BOUNDARY);
    await live.waitFor((event) => event.id === issued.at(-1)!.position, SAFETY_MS);
    expect(live.events.map((event) => event.id)).toEqual(issued.map((answer) => answer.position));
  }, 60_000);

  it('reach a client that catches up after Last-Event-ID once each, in order', async () => {
    const resumed = await open('-1');
    await resumed.waitFor((event) => event.id === issued.at(-1)!.position, SAFETY_MS);
    expect(resumed.events.map((event) => event.id)).toEqual(issued.map((answer) => answer.position));
  });

  it('are handed out by the poller in order, however many one poll finds', async () => {
    const reader = new FeedItemReader(api.sql);
    const first = BigInt(issued[0].position);
    const page = await reader.itemsOf(['agency:FBI'], first - 1n, BigInt(issued.at(-1)!.position), 1000);
    expect(page.entries.map((entry) => entry.position)).toEqual(issued.map((answer) => answer.position));
    expect(page.last).toBe(BigInt(issued.at(-1)!.position));
    // Where the distributed profile's horizon walk starts: counted from the newest item, not the "largest" text.
    const newest = await reader.positionBack(0);
    expect(newest).toBeGreaterThanOrEqual(BigInt(issued.at(-1)!.position));
  });

  it('page a list without skipping or repeating a row', async () => {
    const get = async (path: string): Promise<DirectivePage> => {
      const response = await fetch(`${api.url}${path}`, {
        headers: { authorization: `Bearer ${supervisor}` },
      });
      expect(response.status).toBe(200);
      return (await response.json()) as DirectivePage;
    };
    const ids = issued.map((answer) => answer.id);
    const deadline = Date.now() + SAFETY_MS;
    // The list reads a read model of its own: wait until it shows the last directive, then page it.
    while (!(await get('/directives?limit=100')).items.some((item) => item.directiveId === ids.at(-1))) {
      if (Date.now() > deadline) throw new Error('the directive list never showed the last directive');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const paged: string[] = [];
    let next: string | undefined;
    do {
      const page = await get(`/directives?limit=3${next ? `&after=${next}` : ''}`);
      paged.push(...page.items.map((item) => item.directiveId));
      next = page.next;
    } while (next !== undefined);
    expect(paged).toEqual(ids);
  });
});
