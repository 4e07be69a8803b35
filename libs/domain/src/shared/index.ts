export * from './decision';
export * from './decider';
export * from './values';
export * from './refusal-codes';
