import { DomainError } from '@hstf/domain';
import { domainRefusal, forbidden, ProblemError } from '../http/problem';

/**
 * Domain refusals that are about who acts rather than what is asked: the actor's agency is not the
 * addressee, the lead, a participant or the pledging agency. They answer 403, every other rule 422.
 */
const FORBIDDEN_CODES: ReadonlySet<string> = new Set([
  'DIRECTIVE_NOT_AN_ADDRESSEE',
  'DIRECTIVE_ACTOR_NOT_ADDRESSEE',
  'DIRECTIVE_ACTOR_NOT_CO_LEAD',
  'TASKING_NOT_LEAD_AGENCY',
  'TASKING_NOT_PARTICIPANT',
  'COMMITMENT_NOT_PLEDGING_AGENCY',
]);

export const refusalProblem = (error: DomainError): ProblemError =>
  FORBIDDEN_CODES.has(error.code)
    ? forbidden(error.message, error.code)
    : domainRefusal(error.code, error.message);
