export * from './batch-collector';
