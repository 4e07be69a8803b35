/** Injection tokens of the adapters chosen at start by configuration (one port, several adapters). */
export const EVENT_STORE = Symbol('EVENT_STORE');

/** The SQL database beside the store (see open-databases.ts). */
export const SQL_DATABASE = Symbol('SQL_DATABASE');

/** Queries on the read models (libs/projections). */
export const READ_MODELS = Symbol('READ_MODELS');
