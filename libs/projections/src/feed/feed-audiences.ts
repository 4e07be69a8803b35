import { agencyReader, commandCenterReader, Reader, Scope, stateReader } from '@hstf/domain';

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

/** Whom an audience's items are written for (see the domain's audience readers). */
export function readerOfAudience(audience: FeedAudience): Reader {
  if (audience === COMMAND_CENTER) return commandCenterReader;
  const colon = audience.indexOf(':');
  const code = audience.slice(colon + 1);
  return audience.slice(0, colon) === 'agency' ? agencyReader(code) : stateReader(code);
}
