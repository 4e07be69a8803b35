export * from './port';
export * from './postgres';
export * from './esdb';
export * from './retry-delays';
export * from './tokens';
export * from './open-databases';
export * from './follow/log-follower';
