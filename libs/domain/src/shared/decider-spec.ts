import { Command, Decider, Event } from './decider';
import { DomainError } from './decision';

/**
 * given(events).when(command).then(events) | .thenRefuses(code), as in Emmett's DeciderSpecification:
 * the way every rule of the domain is tested, without any I/O.
 */
export function deciderSpec<C extends Command, E extends Event, S>(decider: Decider<C, E, S>) {
  return {
    given(history: readonly E[] = []) {
      const state = history.reduce(decider.evolve, decider.initialState);
      return {
        when(command: C) {
          const decision = decider.decide(command, state);
          return {
            then(expected: readonly E[]): void {
              if (!decision.ok) {
                throw new Error(
                  `expected events but was refused: ${decision.error.code}: ${decision.error.message}`,
                );
              }
              expect(decision.events).toStrictEqual(expected);
            },
            thenRefuses(code: string): DomainError {
              if (decision.ok) {
                throw new Error(`expected refusal ${code} but got ${JSON.stringify(decision.events)}`);
              }
              expect(decision.error.code).toBe(code);
              expect(decision.error.message.length).toBeGreaterThan(10);
              return decision.error;
            },
            /** The state after the accepted command, for assertions on evolve. */
            state(): S {
              if (!decision.ok) throw new Error(`refused: ${decision.error.code}`);
              return decision.events.reduce(decider.evolve, state);
            },
          };
        },
      };
    },
  };
}
