import { agencyTopic, stateTopic } from '@hstf/contracts';
import { mayRead, mayReadTextOf, Reader, Scope } from '@hstf/domain';
import type { EventStore, RecordedEvent } from '@hstf/event-store';
import {
  CheckpointStore,
  decodeRelayedEnvelope,
  EventRelay,
  OutgoingMessage,
  UncontestedLease,
} from '@hstf/messaging';
import type { World } from './access-world';

/** What the matrix knows of the store, as the topic checks need it. */
export interface TopicOracle {
  /** Each aggregate's scope now, and the scopes of its events. */
  readonly scopes: ReadonlyMap<string, { readonly scope: Scope; readonly eventScopes: readonly Scope[] }>;
  readonly events: readonly RecordedEvent[];
  /** The states an agency co-leads. */
  readonly coLedStates: (agency: string) => string[];
}

export interface TopicFinding {
  readonly kind: 'out-of-scope' | 'missing';
  readonly topic: string;
  readonly item: string;
  readonly detail: string;
}

class MemoryCheckpoints implements CheckpointStore {
  private position: bigint | undefined;
  async load(): Promise<bigint | undefined> {
    return this.position;
  }
  async save(_name: string, position: bigint): Promise<void> {
    this.position = position;
  }
}

/** The product's relay over the store, into memory: every message it would publish, in order. */
export async function relayed(
  store: EventStore,
  events: readonly RecordedEvent[],
): Promise<OutgoingMessage[]> {
  const published: OutgoingMessage[] = [];
  const relay = new EventRelay(
    {
      store,
      fanOut: {
        ensureTopics: async (names) => ({ created: [], existing: [...names] }),
        publish: async (messages) => void published.push(...messages),
      },
      checkpoints: new MemoryCheckpoints(),
      lease: new UncontestedLease(),
    },
    { name: 'access-matrix' },
  );
  relay.start();
  try {
    if (events.length > 0) await relay.untilCheckpoint(events[events.length - 1].globalPosition, 60_000);
  } finally {
    await relay.stop();
  }
  return published;
}

/**
 * The per-audience Kafka topics in the matrix: each state's and agency's topic read as its audience (an
 * agency's liaisons, with the states it co-leads; a state's liaisons, of many agencies). A message is out
 * of scope when its audience may read neither the event's scope nor the aggregate's scope now (an
 * audience that joins late is sent the aggregate's earlier events), or when it holds a marked text the
 * audience may not read; an event whose scope names the audience must be on its topic.
 */
export async function checkTopics(
  store: EventStore,
  world: World,
  states: readonly string[],
  oracle: TopicOracle,
  tally: (topic: string) => void,
  found: (finding: TopicFinding) => void,
): Promise<void> {
  const messages = await relayed(store, oracle.events);
  const audiences: { topic: string; reader: Reader; names: (scope: Scope) => boolean }[] = [
    ...world.agencies.map((agency) => {
      const coLed = oracle.coLedStates(agency);
      return {
        topic: agencyTopic(agency),
        reader: { roles: ['liaison'], agency, states: [], coLedStates: coLed },
        names: (scope: Scope) =>
          scope.agencies.includes(agency) || scope.states.some((state) => coLed.includes(state)),
      };
    }),
    ...states.map((state) => ({
      topic: stateTopic(state),
      reader: { roles: ['liaison'], states: [state], coLedStates: [] },
      names: (scope: Scope) => scope.states.includes(state),
    })),
  ];
  for (const { topic, reader, names } of audiences) {
    const onTopic = messages.filter((message) => message.topic === topic);
    const ids = new Set<string>();
    for (const message of onTopic) {
      const text = message.value.toString();
      const envelope = decodeRelayedEnvelope(text);
      ids.add(envelope.id);
      const facts = oracle.scopes.get(envelope.streamId);
      const eventScope = envelope.metadata.scope as Scope;
      tally(topic);
      if (!mayRead(reader, eventScope) && !(facts !== undefined && mayRead(reader, facts.scope)))
        found({
          kind: 'out-of-scope',
          topic,
          item: envelope.id,
          detail: `${envelope.type} of ${envelope.streamId}`,
        });
      for (const { marker, author } of world.markers) {
        const streamScopes = 'streamId' in author ? oracle.scopes.get(author.streamId) : undefined;
        const allowed =
          'agency' in author
            ? mayReadTextOf(reader, author.agency)
            : streamScopes !== undefined &&
              [streamScopes.scope, ...streamScopes.eventScopes].some((scope) => mayRead(reader, scope));
        if (allowed) continue;
        tally(topic);
        if (text.includes(marker))
          found({ kind: 'out-of-scope', topic, item: marker, detail: `${envelope.type} holds ${marker}` });
      }
    }
    for (const event of oracle.events) {
      if (!names(event.metadata.scope as Scope)) continue;
      tally(topic);
      if (!ids.has(event.id))
        found({ kind: 'missing', topic, item: event.id, detail: `${event.type} of ${event.streamId}` });
    }
  }
}
