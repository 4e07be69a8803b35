import { AGENCY_CODE, isStateCode } from '@hstf/domain';
import { Matches, registerDecorator, ValidationOptions } from 'class-validator';

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

/** An instant with an explicit offset, e.g. 2026-12-01T15:00:00Z: a time without zone is ambiguous here. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: '$property must be an ISO-8601 instant with a time zone, e.g. 2026-12-01T15:00:00Z',
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && instant.test(value) && !Number.isNaN(Date.parse(value)),
      },
    });
}
