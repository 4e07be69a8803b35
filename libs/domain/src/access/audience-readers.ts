import type { Reader } from './need-to-know';

/**
 * The readers a shared audience (a feed, a Kafka topic) stands for, as the scope rule takes them. An
 * agency's audience is that agency's liaisons, so it reads that agency's own words; a state's audience
 * is the liaisons of many agencies, so it reads no agency's words; the command center reads everything,
 * as any role other than liaison does.
 */
export const commandCenterReader: Reader = { roles: ['supervisor'], states: [], coLedStates: [] };

export const agencyReader = (agency: string): Reader => ({
  roles: ['liaison'],
  agency,
  states: [],
  coLedStates: [],
});

export const stateReader = (state: string): Reader => ({
  roles: ['liaison'],
  states: [state],
  coLedStates: [],
});
