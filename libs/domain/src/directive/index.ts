export * from './addressees';
export * from './commands';
export * from './events';
export * from './state';
export { decide as decideDirective } from './decide';
export { evolve as evolveDirective } from './evolve';
export * from './directive.decider';
export * from './stream';
export * from './acknowledgement-status';
