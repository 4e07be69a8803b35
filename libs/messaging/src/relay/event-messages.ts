import type { Scope } from '@hstf/domain';
import { topicsFor } from '@hstf/contracts';
import type { RecordedEvent } from '@hstf/event-store';
import { OutgoingMessage } from '../port';
import { toRelayedEnvelope } from './relayed-envelope';

/** Header names every relayed message carries, so consumers can route and deduplicate without parsing. */
export const RELAY_HEADERS = {
  id: 'id',
  type: 'type',
  schemaVersion: 'schemaVersion',
  globalPosition: 'globalPosition',
} as const;

/**
 * One message per topic of the event's scope: the command center's topic and one per state and agency.
 * The key is the stream id so that an aggregate's events keep their order within every topic.
 */
export function eventMessages(event: RecordedEvent): OutgoingMessage[] {
  const envelope = toRelayedEnvelope(event);
  // Serialised once and shared: an event routed to five topics is encoded once, not five times.
  const value = Buffer.from(JSON.stringify(envelope));
  const headers = {
    [RELAY_HEADERS.id]: envelope.id,
    [RELAY_HEADERS.type]: envelope.type,
    [RELAY_HEADERS.schemaVersion]: String(envelope.schemaVersion),
    [RELAY_HEADERS.globalPosition]: envelope.globalPosition,
  };
  return scopeTopics(envelope.metadata.scope).map((topic) => ({
    topic,
    key: envelope.streamId,
    value,
    headers,
  }));
}

/** Few distinct scopes recur across many events: their topic lists are worked out once. */
const topicsOfScope = new Map<string, readonly string[]>();
const MAX_CACHED_SCOPES = 10_000;

function scopeTopics(scope: Scope): readonly string[] {
  const key = JSON.stringify([scope.states, scope.agencies]);
  let topics = topicsOfScope.get(key);
  if (topics === undefined) {
    topics = topicsFor(scope);
    if (topicsOfScope.size >= MAX_CACHED_SCOPES) topicsOfScope.clear();
    topicsOfScope.set(key, topics);
  }
  return topics;
}
