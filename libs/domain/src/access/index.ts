export * from './need-to-know';
export * from './redact-directive';
export * from './redact-event';
export * from './audience-readers';
