import type { Scope } from '@hstf/domain';

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
