import { personalDataProblem, PersonalDataField } from '@hstf/domain';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/**
 * The one check of victim-assistance records for personal data (libs/domain/src/privacy), as a 400 that
 * names the field and says what it looks like. `each` checks every string of an array.
 */
function personalData(field: PersonalDataField, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: field === 'text' ? 'noPersonalData' : 'isReference',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} ${personalDataProblem(String(args.value), field) ?? 'must be text'}; no personal data enters the command center`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && personalDataProblem(value, field) === undefined,
      },
    });
}

/** Free text: no Social Security number, date of birth, phone number, e-mail or street address. */
export const NoPersonalData = (options?: ValidationOptions): PropertyDecorator =>
  personalData('text', options);

/** A reference such as DOJ-REM-2026-0042: a record's, never a person's name, and no personal data. */
export const IsReference = (options?: ValidationOptions): PropertyDecorator =>
  personalData('reference', options);
