export * from './shared';
export * from './reference';
export * from './agency';
export * from './task-force';
export * from './directive';
export * from './tasking';
export * from './commitment';
export * from './streams';
