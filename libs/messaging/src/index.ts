export * from './port';
export * from './topics';
export * from './log-sink';
export * from './in-process';
export * from './kafka';
export * from './relay';
export * from './json-log';
export * from './metrics-server';
