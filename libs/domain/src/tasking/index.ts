export * from './commands';
export * from './events';
export * from './state';
export { decide as decideTasking } from './decide';
export { evolve as evolveTasking } from './evolve';
export * from './tasking.decider';
export * from './stream';
