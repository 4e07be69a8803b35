export * from './current-event-schemas';
export * from './relayed-envelope.schema';
export * from './envelope-json-schema';
