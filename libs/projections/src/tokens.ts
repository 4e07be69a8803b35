/** Injection token of the queries on the read models (ReadModelQueries). */
export const READ_MODELS = Symbol('READ_MODELS');
