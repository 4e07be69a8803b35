import { Injectable } from '@nestjs/common';
import { AgencyState, findFederalAgency } from '@hstf/domain';
import { AGGREGATES } from '../commands/aggregates';
import { StreamLoader } from '../commands/stream-loader';
import { badRequest, FieldProblem } from '../http/problem';

/**
 * The agency catalog: the federal agencies shipped with the product plus the state and local agencies
 * registered at run time (one `agency-<CODE>` stream each). Requests naming an unknown agency are 400s.
 */
@Injectable()
export class AgencyCatalog {
  constructor(private readonly loader: StreamLoader) {}

  async isKnown(code: string): Promise<boolean> {
    if (findFederalAgency(code)) return true;
    const { state } = await this.loader.load(AGGREGATES.agency, code);
    return (state as AgencyState).status === 'registered';
  }

  /** Refuses the request with every unknown agency named, field by field. */
  async assertKnown(fields: ReadonlyArray<{ field: string; code: string }>): Promise<void> {
    const problems: FieldProblem[] = [];
    for (const { field, code } of fields) {
      if (!(await this.isKnown(code)))
        problems.push({ field, reason: `${code} is not an agency of the catalog` });
    }
    if (problems.length > 0)
      throw badRequest(problems, 'The request names agencies that are not in the catalog.');
  }
}
