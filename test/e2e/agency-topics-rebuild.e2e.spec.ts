import { loadOrCreateLocalKey } from '@hstf/auth';
import {
  commitmentDecider,
  COMMITMENT_STREAM_PREFIX,
  Decider,
  directiveDecider,
  DIRECTIVE_STREAM_PREFIX,
  DOMAIN_STREAM_PREFIXES,
  TASK_FORCE_STREAM_PREFIX,
  taskForceDecider,
  TaskForceState,
  taskingDecider,
  TASKING_STREAM_PREFIX,
} from '@hstf/domain';
import { agencyTopic, decodeRelayedEnvelope, OutgoingMessage } from '@hstf/messaging';
import { buildWorld, tokenOf, World } from '../../bench/access/access-world';
import { relayed } from '../../bench/access/topic-checks';
import { startTestApi, TestApi } from '../helpers/test-api';

// Issue 11: an agency's system must be able to rebuild, from its own topic alone, every directive, tasking
// and commitment its liaison may read, as GET shows them to that liaison. The access matrix's world is
// built through the API; the relay (the product's, over the API's own store) fans it out; each agency's
// topic is folded with the domain's deciders and compared with GET, aggregate by aggregate.
type AnyDecider = Decider<never, { type: string; data: unknown }, unknown>;
const DECIDERS: readonly [string, string, AnyDecider][] = [
  [DIRECTIVE_STREAM_PREFIX, 'directives', directiveDecider as unknown as AnyDecider],
  [TASKING_STREAM_PREFIX, 'taskings', taskingDecider as unknown as AnyDecider],
  [COMMITMENT_STREAM_PREFIX, 'commitments', commitmentDecider as unknown as AnyDecider],
];

/**
 * What an agency's consumer does: deduplicate by id, order each stream by position, fold with the
 * deciders, and keep the aggregates whose scope still gives them to it: those naming the agency, and
 * those of a state it co-leads (its topic carries the task force's events), and not those whose last
 * event released it (a reassignment tells the lead it drops of its release, and nothing after).
 */
function rebuild(messages: readonly OutgoingMessage[], agency: string): Map<string, unknown> {
  const byStream = new Map<string, Map<string, { position: bigint; type: string; data: unknown }>>();
  for (const message of messages) {
    const envelope = decodeRelayedEnvelope(message.value);
    const events = byStream.get(envelope.streamId) ?? new Map();
    events.set(envelope.id, { position: envelope.streamPosition, type: envelope.type, data: envelope.data });
    byStream.set(envelope.streamId, events);
  }
  const fold = (
    decider: AnyDecider,
    events: Map<string, { position: bigint; type: string; data: unknown }>,
  ) =>
    [...events.values()]
      .sort((a, b) => (a.position < b.position ? -1 : 1))
      .reduce((state, { type, data }) => decider.evolve(state, { type, data }), decider.initialState);
  const coLed = new Set<string>();
  for (const [streamId, events] of byStream) {
    if (!streamId.startsWith(TASK_FORCE_STREAM_PREFIX)) continue;
    const taskForce = fold(taskForceDecider as unknown as AnyDecider, events) as TaskForceState;
    if (taskForce.status === 'established' && Object.values(taskForce.coLeads).includes(agency)) {
      coLed.add(taskForce.state);
    }
  }
  const rebuilt = new Map<string, unknown>();
  for (const [streamId, events] of byStream) {
    const known = DECIDERS.find(([prefix]) => streamId.startsWith(prefix));
    if (known === undefined) continue;
    const state = fold(known[2], events);
    const scope = known[2].scope(state);
    // The last event it was sent released it (a reassignment away from it): it is told, and no more.
    const released = ((state as { releasedAgencies?: readonly string[] }).releasedAgencies ?? []).includes(
      agency,
    );
    const coLeads = scope.states.some((code) => coLed.has(code));
    if ((scope.agencies.includes(agency) && !released) || coLeads) {
      rebuilt.set(streamId, state);
    }
  }
  return rebuilt;
}

describe('every agency rebuilds from its own topic what GET shows its liaison', () => {
  let api: TestApi;
  let world: World;
  const published: OutgoingMessage[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    const key = await loadOrCreateLocalKey(api.dataDir);
    world = await buildWorld(api.url, key, 1);
    // The product's relay over the API's own store, into memory (the domain's events only).
    const domain = await api.store.readAll({ filter: { streamPrefixes: DOMAIN_STREAM_PREFIXES } });
    published.push(...(await relayed(api.store, domain)));
  }, 180_000);

  afterAll(() => api?.close());

  it('holds, for each agency of the world, the same aggregates as GET answers, in the same state', async () => {
    const key = await loadOrCreateLocalKey(api.dataDir);
    const compared: Record<string, number> = {};
    for (const agency of world.agencies) {
      // The agency's topic is for its liaisons as such: no states of a token, the states it co-leads.
      const token = await tokenOf(key, { name: `${agency}-system`, roles: ['liaison'], agency, states: [] });
      const rebuilt = rebuild(
        published.filter((message) => message.topic === agencyTopic(agency)),
        agency,
      );
      const readable = new Map<string, unknown>();
      for (const [prefix, path] of DECIDERS) {
        for (const id of world[path as 'directives' | 'taskings' | 'commitments']) {
          const response = await api.http().get(`/${path}/${id}`).set('Authorization', `Bearer ${token}`);
          if (response.status === 200) readable.set(`${prefix}${id}`, response.body.state);
          else expect({ agency, id, status: response.status }).toEqual({ agency, id, status: 404 });
        }
      }
      expect({ agency, aggregates: [...rebuilt.keys()].sort() }).toEqual({
        agency,
        aggregates: [...readable.keys()].sort(),
      });
      for (const [streamId, state] of readable) {
        expect({ agency, streamId, state: rebuilt.get(streamId) }).toEqual({ agency, streamId, state });
      }
      compared[agency] = readable.size;
    }
    // Every agency of the world was compared, and most read something: the check is not vacuous.
    expect(Object.values(compared).filter((count) => count > 0).length).toBeGreaterThanOrEqual(8);
  }, 180_000);

  it('carries each stream it carries from its first event on, without a gap that would count what it was not sent', () => {
    const gaps: string[] = [];
    let streams = 0;
    for (const agency of world.agencies) {
      const positions = new Map<string, Set<bigint>>();
      for (const message of published.filter((m) => m.topic === agencyTopic(agency))) {
        const envelope = decodeRelayedEnvelope(message.value);
        positions.set(
          envelope.streamId,
          (positions.get(envelope.streamId) ?? new Set()).add(envelope.streamPosition),
        );
      }
      for (const [streamId, seen] of positions) {
        streams += 1;
        const expected = [...Array(seen.size).keys()].map(BigInt);
        const got = [...seen].sort((a, b) => (a < b ? -1 : 1));
        if (got.some((position, i) => position !== expected[i]))
          gaps.push(`${agency} ${streamId}: ${got.join(',')}`);
      }
    }
    expect(gaps).toEqual([]);
    expect(streams).toBeGreaterThan(30);
  });
});
