/** Injection tokens of the adapters chosen at start by configuration (one port, several adapters). */
export const EVENT_STORE = Symbol('EVENT_STORE');
