import { AGENCY_CODE, EARLIEST_INSTANT, isInstant, isStateCode, LATEST_INSTANT } from '@hstf/domain';
import { int64Of } from './integers';
import { Matches, registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';

/** A USPS code of a state, DC or an inhabited territory (the reference data of libs/domain). */
export function IsStateCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isStateCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `$property must be a USPS state or territory code such as TX`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isStateCode(value) },
    });
}

/** The shape of an agency code; whether the agency exists is checked against the catalog by the handler. */
export const IsAgencyCode = (options?: ValidationOptions): PropertyDecorator =>
  Matches(AGENCY_CODE, {
    message: '$property must be an agency code such as FBI, ICE-HSI or TX-DPS',
    ...options,
  });

/**
 * An instant with an explicit offset, e.g. 2026-12-01T15:00:00Z (a time without zone is ambiguous here), on
 * the calendar and within the window every read model stores: the domain's own rule, said here as a 400.
 */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `$property must be an ISO-8601 instant with a time zone, e.g. 2026-12-01T15:00:00Z, from ${EARLIEST_INSTANT} to ${LATEST_INSTANT}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isInstant(value),
      },
    });
}

/** A position, revision or cursor as text: a whole number from `min` to 2^63 - 1 (see integers.ts). */
export function IsInt64(min: bigint, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isInt64',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `$property must be a whole number from ${min} to 9223372036854775807`, ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && int64Of(value, min) !== undefined,
      },
    });
}

/**
 * An optional field may be left out, but not sent as null: class-validator's IsOptional lets null through
 * to the handlers, which then read a title or an addressee that is not there.
 */
export const Omittable = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);
