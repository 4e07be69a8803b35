export * from './states';
export * from './agencies';
