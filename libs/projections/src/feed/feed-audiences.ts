import type { Reader, Scope } from '@hstf/domain';

/** 'command-center' | 'state:TX' | 'agency:FBI': who may read a feed item. */
export type FeedAudience = string;

export const COMMAND_CENTER: FeedAudience = 'command-center';
export const stateAudience = (state: string): FeedAudience => `state:${state}`;
export const agencyAudience = (agency: string): FeedAudience => `agency:${agency}`;

/** The command center sees everything; a state or an agency what the event's scope names. */
export function feedAudiences(scope: Scope): FeedAudience[] {
  return [
    ...new Set([COMMAND_CENTER, ...scope.states.map(stateAudience), ...scope.agencies.map(agencyAudience)]),
  ];
}

/**
 * Whom an audience's items are written for, as the domain's scope rule takes it. An agency's feed is read
 * by that agency's liaisons, so it carries that agency's own words; a state's feed is read by liaisons of
 * many agencies, so it carries none. The command center reads as any role other than liaison does.
 */
export function readerOfAudience(audience: FeedAudience): Reader {
  if (audience === COMMAND_CENTER) return { roles: ['supervisor'], states: [], coLedStates: [] };
  const [kind, code] = [audience.slice(0, audience.indexOf(':')), audience.slice(audience.indexOf(':') + 1)];
  if (kind === 'agency') return { roles: ['liaison'], agency: code, states: [], coLedStates: [] };
  return { roles: ['liaison'], states: [code], coLedStates: [] };
}
