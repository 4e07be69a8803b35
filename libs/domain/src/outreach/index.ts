export * from './vocabulary';
export * from './commands';
export * from './events';
export * from './state';
export { decide as decideOutreach } from './decide';
export { evolve as evolveOutreach } from './evolve';
export * from './outreach.decider';
export * from './stream';
