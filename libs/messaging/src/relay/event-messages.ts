import { agencyReader, mayReadAllOf, Reader, Scope, stateReader } from '@hstf/domain';
import { agencyTopic, EVENTS_TOPIC, normalizeScope, stateTopic } from '@hstf/contracts';
import type { RecordedEvent } from '@hstf/event-store';
import { OutgoingMessage } from '../port';
import type { CoLeads } from './co-leads';
import { RelayedEnvelope, toAudienceEnvelope, toRelayedEnvelope } from './relayed-envelope';

/** Header names every relayed message carries, so consumers can route and deduplicate without parsing. */
export const RELAY_HEADERS = {
  id: 'id',
  type: 'type',
  schemaVersion: 'schemaVersion',
  globalPosition: 'globalPosition',
} as const;

/** A state's or an agency's topic, and whom its messages are written for. */
export interface Audience {
  readonly topic: string;
  readonly reader: Reader;
}

/**
 * One message per topic of the event's scope (and the agency topics of its states' co-leads), keyed by
 * stream id so that an aggregate's events keep their order within every topic: the command center's topic
 * carries the envelope as stored; each state's and agency's topic the event as that audience may read it
 * (libs/contracts, `audienceEnvelopeSchema`).
 */
export function eventMessages(
  event: RecordedEvent,
  coLeads: Pick<CoLeads, 'of'> = NO_CO_LEADS,
): OutgoingMessage[] {
  const envelope = toRelayedEnvelope(event);
  const audiences = audiencesOf(envelope.metadata.scope, coLeads);
  return [messageOf(envelope, EVENTS_TOPIC, encode(envelope)), ...audienceMessages(envelope, audiences)];
}

/** The event for each of these audiences, as each may read it (also for an audience that joins late). */
export function audienceMessages(
  envelope: RelayedEnvelope,
  audiences: readonly Audience[],
): OutgoingMessage[] {
  // At most two audience versions: with the words of the agency that wrote them, and without. Each is
  // encoded once and shared, so an event routed to five topics is not encoded five times.
  const versions = new Map<boolean, Buffer>();
  const versionFor = ({ reader }: Audience): Buffer => {
    const whole = mayReadAllOf(reader, envelope);
    let value = versions.get(whole);
    if (value === undefined) {
      value = Buffer.from(JSON.stringify(toAudienceEnvelope(envelope, reader)));
      versions.set(whole, value);
    }
    return value;
  };
  return audiences.map((audience) => messageOf(envelope, audience.topic, versionFor(audience)));
}

const messageOf = (envelope: RelayedEnvelope, topic: string, value: Buffer): OutgoingMessage => ({
  topic,
  key: envelope.streamId,
  value,
  headers: {
    [RELAY_HEADERS.id]: envelope.id,
    [RELAY_HEADERS.type]: envelope.type,
    [RELAY_HEADERS.schemaVersion]: String(envelope.schemaVersion),
    [RELAY_HEADERS.globalPosition]: envelope.globalPosition,
  },
});

export const agencyAudience = (agency: string): Audience => ({
  topic: agencyTopic(agency),
  reader: agencyReader(agency),
});

const encode = (envelope: RelayedEnvelope): Buffer => Buffer.from(JSON.stringify(envelope));

/** Few distinct scopes recur across many events: their audiences are worked out once. */
const audiencesOfScope = new Map<string, readonly Audience[]>();
const MAX_CACHED_SCOPES = 10_000;

const NO_CO_LEADS: Pick<CoLeads, 'of'> = { of: () => [] };

/** The scope's states and agencies, and the co-lead agencies of its states (who act for them). */
export function audiencesOf(scope: Scope, coLeads: Pick<CoLeads, 'of'>): readonly Audience[] {
  const withCoLeads = { states: scope.states, agencies: [...scope.agencies, ...coLeads.of(scope.states)] };
  const key = JSON.stringify([withCoLeads.states, withCoLeads.agencies]);
  let audiences = audiencesOfScope.get(key);
  if (audiences === undefined) {
    const { states, agencies } = normalizeScope(withCoLeads);
    audiences = [
      ...states.map((state) => ({ topic: stateTopic(state), reader: stateReader(state) })),
      ...agencies.map(agencyAudience),
    ];
    if (audiencesOfScope.size >= MAX_CACHED_SCOPES) audiencesOfScope.clear();
    audiencesOfScope.set(key, audiences);
  }
  return audiences;
}
