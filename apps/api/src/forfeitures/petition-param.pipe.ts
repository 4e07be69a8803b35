import { Injectable, PipeTransform } from '@nestjs/common';
import { personalDataProblem } from '@hstf/domain';
import { badRequest } from '../http/problem';

/**
 * The `:petition` of a route: a petition's reference, checked as every reference of a victim's record is
 * (the shared check of libs/domain/src/privacy), so that a name in a URL is a 400 naming the parameter.
 */
@Injectable()
export class PetitionParam implements PipeTransform<string, string> {
  transform(value: string): string {
    const problem = personalDataProblem(value, 'reference');
    if (problem) throw badRequest([{ field: 'petition', reason: `petition ${problem}` }]);
    return value;
  }
}
