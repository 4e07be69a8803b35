export * from './support';
export * from './commands';
export * from './events';
export * from './state';
export { delivered, remaining } from './quantities';
export { decide as decideCommitment } from './decide';
export { evolve as evolveCommitment } from './evolve';
export * from './commitment.decider';
export * from './stream';
