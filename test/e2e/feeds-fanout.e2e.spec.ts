import type { Role } from '@hstf/auth';
import { isAuditStreamId } from '@hstf/audit';
import { ApiClient } from '../../apps/cli/src/api-client';
import { Addressees, audiencesOf, directiveBody } from '../../bench/feeds/feed-scenario';
import { SseConnection } from '../../bench/feeds/sse-client';
import { allEvents, startTestApi, TestApi } from '../helpers/test-api';

interface AudienceClients {
  readonly audience: string;
  readonly path: string;
  readonly who: { readonly role: Role; readonly agency?: string; readonly states?: readonly string[] };
  readonly live: number;
  readonly late: number;
}

interface Subscriber {
  readonly audience: string;
  readonly stream: SseConnection;
}

// 200 clients over five audiences; 50 of them join part-way, asking for the feed from the start.
const AUDIENCES: readonly AudienceClients[] = [
  {
    audience: 'agency:FBI',
    path: '/feeds/agencies/FBI',
    who: { role: 'liaison', agency: 'FBI' },
    live: 40,
    late: 10,
  },
  {
    audience: 'agency:DEA',
    path: '/feeds/agencies/DEA',
    who: { role: 'liaison', agency: 'DEA' },
    live: 20,
    late: 10,
  },
  {
    audience: 'state:TX',
    path: '/feeds/states/TX',
    who: { role: 'liaison', agency: 'TX-DPS', states: ['TX'] },
    live: 30,
    late: 10,
  },
  {
    audience: 'state:AZ',
    path: '/feeds/states/AZ',
    who: { role: 'liaison', agency: 'AZ-DPS', states: ['AZ'] },
    live: 20,
    late: 10,
  },
  {
    audience: 'command-center',
    path: '/feeds/command-center',
    who: { role: 'supervisor' },
    live: 40,
    late: 10,
  },
];

const ADDRESSEES: Addressees[] = [
  { states: ['TX'], agencies: ['FBI'] },
  { states: ['AZ'], agencies: ['DEA'] },
  { states: [], agencies: ['FBI', 'DEA'] },
  { states: ['TX', 'AZ'], agencies: [] },
  { states: ['FL'], agencies: ['CBP'] },
];
const DIRECTIVES = 30;
const IN_FLIGHT = 3;

describe('200 concurrent feed clients', () => {
  let api: TestApi;
  let operator: string;
  const subscribers: Subscriber[] = [];
  /** The last event of the set-up, before any client connects: no client is sent what precedes it. */
  let setUp: { position: string } | undefined;

  beforeAll(async () => {
    api = await startTestApi();
    operator = await api.token('operator');
    // State agencies exist once an admin registers them; until then their liaisons' tokens are refused.
    const admin = await api.token('admin');
    for (const [code, state] of [
      ['TX-DPS', 'TX'],
      ['AZ-DPS', 'AZ'],
    ]) {
      setUp = await new ApiClient(api.url).post('/agencies', admin, {
        code,
        name: `${state} Department of Public Safety`,
        kind: 'state',
        state,
      });
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.all(subscribers.map(({ stream }) => stream.close()));
    await api.close();
  });

  async function connect(when: 'live' | 'late', lastEventId?: string): Promise<void> {
    await Promise.all(
      AUDIENCES.flatMap(({ audience, path, who, ...clients }) =>
        Array.from({ length: clients[when] }, async () => {
          const token = await api.token(who.role, who);
          const stream = await SseConnection.open(`${api.url}${path}`, { token, lastEventId });
          subscribers.push({ audience, stream });
        }),
      ),
    );
  }

  async function issue(from: number, to: number): Promise<void> {
    const client = new ApiClient(api.url);
    for (let n = from; n < to; n += IN_FLIGHT) {
      await Promise.all(
        Array.from({ length: Math.min(IN_FLIGHT, to - n) }, (_, i) =>
          client.post(
            '/directives',
            operator,
            directiveBody(`Directive ${n + i}`, ADDRESSEES[(n + i) % ADDRESSEES.length]),
          ),
        ),
      );
    }
  }

  /** Each audience's items as the store says they should be: every domain event whose scope names it. */
  async function expectedFeeds(): Promise<Map<string, string[]>> {
    const feeds = new Map<string, string[]>(AUDIENCES.map(({ audience }) => [audience, []]));
    for (const event of await allEvents(api.store)) {
      if (isAuditStreamId(event.streamId) || event.globalPosition <= BigInt(setUp?.position ?? -1)) continue;
      for (const audience of audiencesOf(event.metadata.scope as Addressees))
        feeds.get(audience)?.push(String(event.globalPosition));
    }
    return feeds;
  }

  it('each receive every item of their audience once, in order, whether live from the start or joining mid-way', async () => {
    await connect('live');
    expect(subscribers).toHaveLength(150);
    await issue(0, DIRECTIVES / 2);
    const joining = issue(DIRECTIVES / 2, DIRECTIVES);
    await connect('late', setUp?.position ?? '-1');
    await joining;
    expect(subscribers).toHaveLength(200);

    // Reaches every audience last: items arrive in order, so once it is in, a repeat or a stray item is too.
    const sentinel = await new ApiClient(api.url).post(
      '/directives',
      operator,
      directiveBody('Sentinel', { states: ['TX', 'AZ'], agencies: ['FBI', 'DEA'] }),
    );
    await Promise.all(
      subscribers.map(({ stream }) => stream.waitFor((event) => event.id === sentinel.position, 30_000)),
    );
    const expected = await expectedFeeds();
    expect([...expected.values()].map((positions) => positions.length)).toEqual([13, 13, 13, 13, 31]);
    for (const { audience, stream } of subscribers) {
      expect({ audience, ids: stream.events.map((event) => event.id) }).toEqual({
        audience,
        ids: expected.get(audience),
      });
    }
  }, 120_000);

  it('lets go of every client that disconnects', async () => {
    expect(await openStreams()).toBe(200);
    await Promise.all(subscribers.splice(0).map(({ stream }) => stream.close()));
    let open = -1;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline && open !== 0;) {
      open = await openStreams();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(open).toBe(0);
  });

  /** The open streams the API counts (hstf_feed_clients, summed over kinds of audience). */
  async function openStreams(): Promise<number> {
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    return [...metrics.matchAll(/^hstf_feed_clients\{[^}]*\} (\d+)/gm)].reduce(
      (sum, m) => sum + Number(m[1]),
      0,
    );
  }
});
