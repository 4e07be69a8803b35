import { DomainError } from '@hstf/domain';
import { domainRefusal, forbidden, notFound, Problem } from '../http/problem';

/**
 * A decider's refusal, as the command path throws it: the domain's error, kind and code included. The
 * exception filter answers it by its kind (`problemOfRefusal`); code that waits for a particular refusal
 * (the deadlines) asks the domain about `refusal`, never parses an HTTP answer.
 */
export class DomainRefusal extends Error {
  override readonly name = 'DomainRefusal';

  constructor(readonly refusal: DomainError) {
    super(refusal.message);
  }
}

/** The one mapping of the domain's refusal kinds to HTTP. */
export function problemOfRefusal({ kind, code, message }: DomainError): Problem {
  switch (kind) {
    case 'forbidden':
      return forbidden(message, code).problem;
    case 'not_found':
      return { ...notFound(message).problem, code };
    case 'rule':
      return domainRefusal(code, message).problem;
  }
}
