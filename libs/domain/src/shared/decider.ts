import { Decision } from './decision';

/**
 * Everything a command carries besides its payload. Time comes in with the command so that deciders stay
 * pure and tests deterministic; `agency` is the agency the actor acts for (a liaison's own agency), which
 * rules such as "only an addressee acknowledges" check against.
 */
export interface CommandMeta {
  readonly now: string; // ISO-8601 instant at which the command is decided
  readonly actorAgency?: string;
}

export interface Command<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
  readonly meta: CommandMeta;
}

export interface Event<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

/** An aggregate as a decider (Jérémie Chassaing's pattern, as in Emmett): pure functions, no I/O. */
export interface Decider<C extends Command, E extends Event, S> {
  readonly decide: (command: C, state: S) => Decision<E>;
  readonly evolve: (state: S, event: E) => S;
  readonly initialState: S;
  /** The audiences (states, agencies) an event of this aggregate concerns, from the state after it. */
  readonly scope: (state: S) => Scope;
}

export interface Scope {
  readonly states: readonly string[];
  readonly agencies: readonly string[];
  /**
   * A victim's record (a referral, a remission petition): read only by the agencies of the scope and by
   * the command center's supervisors and auditors, never by operators, admins or a state's readers.
   */
  readonly restricted?: true;
}

export const fold = <E extends Event, S>(
  decider: Pick<Decider<never, E, S>, 'evolve' | 'initialState'>,
  events: readonly E[],
): S => events.reduce(decider.evolve, decider.initialState);
