/** Where the process manager reads the time: injected, so that tests move it past a deadline at will. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const DEADLINE_CLOCK = Symbol('DEADLINE_CLOCK');
