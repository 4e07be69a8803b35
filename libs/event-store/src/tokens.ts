/** Injection tokens of the adapters chosen at start by configuration (one port, several adapters). */
export const EVENT_STORE = Symbol('EVENT_STORE');

/** The SQL database beside the store (see open-databases.ts). */
export const SQL_DATABASE = Symbol('SQL_DATABASE');

/** The store settings the process started with (StoreSettings): which store, and where its files are. */
export const STORE_SETTINGS = Symbol('STORE_SETTINGS');

/** The process's one LogFollower: every consumer of the global log in it joins that one subscription. */
export const LOG_FOLLOWER = Symbol('LOG_FOLLOWER');
