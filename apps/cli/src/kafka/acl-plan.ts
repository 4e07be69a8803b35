import { agencyTopic, EVENTS_TOPIC, stateTopic } from '@hstf/contracts';

export type AclOperation = 'READ' | 'WRITE' | 'CREATE' | 'DESCRIBE';
export type AclResourceType = 'TOPIC' | 'GROUP';
export type AclPatternType = 'LITERAL' | 'PREFIXED';

/** One ALLOW entry, from any host: what `principal` may do on the resources the pattern names. */
export interface AclEntry {
  readonly principal: string;
  readonly operation: AclOperation;
  readonly resourceType: AclResourceType;
  readonly patternType: AclPatternType;
  readonly resourceName: string;
}

/** A SCRAM user the plan creates, and the audience it stands for (undefined for a service). */
export interface PlannedUser {
  readonly username: string;
  readonly audience?: { readonly kind: 'agency' | 'state'; readonly code: string };
}

export interface AclPlan {
  readonly users: readonly PlannedUser[];
  readonly acls: readonly AclEntry[];
}

export interface Audiences {
  readonly agencies: readonly string[];
  readonly states: readonly string[];
}

export const RELAY_USER = 'relay';
export const PROJECTOR_USER = 'projector';
/** The projector's groups are `hstf-projector.<projection>` (HSTF_PROJECTOR_GROUP_PREFIX's default). */
export const PROJECTOR_GROUP_PREFIX = 'hstf-projector.';

/** `agency-ice-hsi`: the user of an agency's systems, its code in lower case as in its topic's name. */
export const agencyUser = (code: string): string => `agency-${code.toLowerCase()}`;
export const stateUser = (code: string): string => `state-${code.toLowerCase()}`;
/** An audience's consumer groups start with its user's name and a dot: `agency-fbi.case-system`. */
export const groupPrefixOf = (username: string): string => `${username}.`;

const principal = (username: string): string => `User:${username}`;

function allow(
  username: string,
  operations: readonly AclOperation[],
  resourceType: AclResourceType,
  patternType: AclPatternType,
  resourceName: string,
): AclEntry[] {
  return operations.map((operation) => ({
    principal: principal(username),
    operation,
    resourceType,
    patternType,
    resourceName,
  }));
}

/**
 * What the services may do (deploy/local/kafka/service-acls.txt says the same for the local broker): the
 * relay is the only writer, of every hstf.* topic; the projector reads the command center's topic in its
 * groups, and may create that topic, empty, when it starts before the relay.
 */
export function serviceAcls(): AclEntry[] {
  return [
    ...allow(RELAY_USER, ['WRITE', 'CREATE', 'DESCRIBE'], 'TOPIC', 'PREFIXED', 'hstf.'),
    ...allow(PROJECTOR_USER, ['READ', 'DESCRIBE', 'CREATE'], 'TOPIC', 'LITERAL', EVENTS_TOPIC),
    ...allow(PROJECTOR_USER, ['READ'], 'GROUP', 'PREFIXED', PROJECTOR_GROUP_PREFIX),
  ];
}

/** An audience reads its own topic, in its own groups, and nothing else: no write, no other topic. */
function audienceAcls(username: string, topic: string): AclEntry[] {
  return [
    ...allow(username, ['READ', 'DESCRIBE'], 'TOPIC', 'LITERAL', topic),
    ...allow(username, ['READ'], 'GROUP', 'PREFIXED', groupPrefixOf(username)),
  ];
}

/**
 * Need-to-know on the broker (DESIGN "Fan-out"): one principal per agency and per state, each allowed to
 * read only its own topic, the services as serviceAcls says. Deterministic: the same audiences give the
 * same plan, in the same order.
 */
export function planAcls(audiences: Audiences): AclPlan {
  const agencies = [...new Set(audiences.agencies)].sort();
  const states = [...new Set(audiences.states)].sort();
  const users: PlannedUser[] = [
    { username: RELAY_USER },
    { username: PROJECTOR_USER },
    ...agencies.map((code) => ({ username: agencyUser(code), audience: { kind: 'agency', code } }) as const),
    ...states.map((code) => ({ username: stateUser(code), audience: { kind: 'state', code } }) as const),
  ];
  const acls = [
    ...serviceAcls(),
    ...agencies.flatMap((code) => audienceAcls(agencyUser(code), agencyTopic(code))),
    ...states.flatMap((code) => audienceAcls(stateUser(code), stateTopic(code))),
  ];
  return { users, acls };
}

/** `User:relay WRITE TOPIC PREFIXED hstf.`: the line format of deploy/local/kafka/service-acls.txt. */
export const formatAcl = (acl: AclEntry): string =>
  `${acl.principal} ${acl.operation} ${acl.resourceType} ${acl.patternType} ${acl.resourceName}`;
