export * from './channels';
export * from './commands';
export * from './events';
export * from './state';
export { decide as decideReferral } from './decide';
export { evolve as evolveReferral } from './evolve';
export * from './referral.decider';
export * from './stream';
