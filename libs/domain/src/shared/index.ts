export * from './decision';
export * from './decider';
