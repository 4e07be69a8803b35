import { Injectable, PipeTransform } from '@nestjs/common';
import { personalDataProblem } from '@hstf/domain';
import { badRequest } from '../http/problem';

/**
 * The `:tip` of a route: the tip's reference, checked as every outreach reference is (the shared check of
 * libs/domain/src/privacy), so that a name or a phone number in a URL is a 400 naming the parameter.
 */
@Injectable()
export class TipParam implements PipeTransform<string, string> {
  transform(value: string): string {
    const problem = personalDataProblem(value, 'reference');
    if (problem) throw badRequest([{ field: 'tip', reason: `tip ${problem}` }]);
    return value;
  }
}
