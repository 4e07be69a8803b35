import { describeFieldErrors, FieldError } from './field-errors';

/** A type string or schema version nobody registered: a programming error or an event from a newer release. */
export class UnknownEventTypeError extends Error {
  constructor(
    readonly eventType: string,
    readonly version: number | undefined,
    known: string,
  ) {
    super(
      version === undefined
        ? `unknown event type "${eventType}"; registered types: ${known}`
        : `event type "${eventType}" has no schema version ${version}; registered versions: ${known}`,
    );
    this.name = 'UnknownEventTypeError';
  }
}

/** Stored data that fails its own version's schema, or an upcaster that produced invalid data. */
export class InvalidEventDataError extends Error {
  constructor(
    readonly eventType: string,
    readonly version: number,
    readonly errors: readonly FieldError[],
  ) {
    super(`${eventType} v${version} data is invalid: ${describeFieldErrors(errors)}`);
    this.name = 'InvalidEventDataError';
  }
}
