import type { Scope } from '@hstf/domain';
import { normalizeScope } from '../scope/normalize-scope';

/** Everything, for the command center. */
export const EVENTS_TOPIC = 'hstf.events.v1';

/** Kafka's own rule for topic names. */
const KAFKA_TOPIC = /^[a-zA-Z0-9._-]{1,249}$/;
/** An audience code becomes one segment of a dotted name, so it may not hold a dot itself. */
const AUDIENCE_SEGMENT = /^[a-z0-9_-]+$/;

export function isLegalTopicName(name: string): boolean {
  return KAFKA_TOPIC.test(name) && name !== '.' && name !== '..';
}

function audienceTopic(kind: 'state' | 'agency', code: string): string {
  const segment = code.toLowerCase();
  const name = `hstf.${kind}.${segment}.v2`;
  if (!AUDIENCE_SEGMENT.test(segment) || !isLegalTopicName(name)) {
    throw new RangeError(
      `"${code}" cannot name a Kafka topic: ${name} (letters, digits, "-" and "_"; 249 max)`,
    );
  }
  return name;
}

/** `hstf.state.<st>.v2`, lower case: what the state's liaisons may read. */
export const stateTopic = (state: string): string => audienceTopic('state', state);

/** `hstf.agency.<code>.v2`, lower case (`ICE-HSI` -> `hstf.agency.ice-hsi.v2`); v2 since they carry the audience envelope. */
export const agencyTopic = (agency: string): string => audienceTopic('agency', agency);

/** Every topic an event with this scope is published to: the command center's, then one per audience. */
export function topicsFor(scope: Scope): string[] {
  const { states, agencies } = normalizeScope(scope);
  return [...new Set([EVENTS_TOPIC, ...states.map(stateTopic), ...agencies.map(agencyTopic)])];
}
