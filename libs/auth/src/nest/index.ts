export * from './access-audit-sink';
export * from './auth-tokens';
export * from './auth.guard';
export * from './authenticated-request';
export * from './current-actor.decorator';
export * from './public.decorator';
