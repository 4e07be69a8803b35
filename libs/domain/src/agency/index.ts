export * from './commands';
export * from './events';
export * from './state';
export { decide as decideAgency } from './decide';
export { evolve as evolveAgency } from './evolve';
export * from './agency.decider';
export * from './stream';
export { federalRenameRefusal } from './rules/rename-agency';
