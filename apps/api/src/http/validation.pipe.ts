import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badRequest, FieldProblem } from './problem';

/**
 * Whitelisted, transformed DTO validation. Every field and its reason is reported, with dotted paths for
 * nested objects (`addressees.states.0`), so a client can fix every mistake in one round trip.
 */
export const createValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => badRequest(flatten(errors)),
  });

export function flatten(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({
      field,
      reason: reasonText(reason, field),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

// class-validator says "property foo should not exist" for non-whitelisted fields; say it plainly.
const reasonText = (reason: string, field: string): string =>
  reason.startsWith('property ') && reason.endsWith(' should not exist')
    ? `${field} is not a known field`
    : reason;
