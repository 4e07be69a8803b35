export * from './messages';
export * from './fan-out.port';
export * from './errors';
