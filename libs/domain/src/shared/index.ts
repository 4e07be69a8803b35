export * from './decision';
export * from './decider';
export * from './values';
