import { Injectable, PipeTransform } from '@nestjs/common';
import { badRequest } from './problem';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A UUID path parameter, lower-cased: the id is part of the stream name, and two spellings of one id must
 * not make two streams. Answers 400 naming the parameter otherwise.
 */
@Injectable()
export class UuidParam implements PipeTransform<string, string> {
  constructor(private readonly name = 'id') {}

  transform(value: string): string {
    if (!UUID.test(value)) throw badRequest([{ field: this.name, reason: `${this.name} must be a UUID` }]);
    return value.toLowerCase();
  }
}

/** For DTOs: lower-cases a client-chosen UUID before validation (see UuidParam). */
export const lowerCase = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.toLowerCase() : value;
