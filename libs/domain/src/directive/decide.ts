import { assertNever, Decision, reject } from '../shared';
import { DirectiveCommand } from './commands';
import { DirectiveEvent } from './events';
import { ClosedDirective, DirectiveState, isDirectiveClosed } from './state';
import { acknowledgeDirective } from './rules/acknowledge-directive';
import { amendDirective } from './rules/amend-directive';
import { rescindDirective, supersedeDirective } from './rules/closing';
import { issueDirective } from './rules/issue-directive';
import { markAcknowledgementOverdue } from './rules/mark-overdue';

// A rescinded or superseded directive is history: nothing is acknowledged, amended, closed again or
// marked overdue on it. Each ending has its own code, so a liaison is told which one happened.
const refuseClosed = (command: DirectiveCommand, state: ClosedDirective): Decision<DirectiveEvent> =>
  state.status === 'rescinded'
    ? reject(
        'DIRECTIVE_RESCINDED',
        `Directive ${state.directiveId} was rescinded at ${state.rescinded.at} and accepts no ${command.type}.`,
      )
    : reject(
        'DIRECTIVE_SUPERSEDED',
        `Directive ${state.directiveId} was superseded by directive ${state.superseded.by} at ${state.superseded.at} and accepts no ${command.type}.`,
      );

export function decide(command: DirectiveCommand, state: DirectiveState): Decision<DirectiveEvent> {
  if (command.type === 'IssueDirective') return issueDirective(command, state);
  if (state.status === 'not_issued') {
    return reject('DIRECTIVE_NOT_FOUND', `Directive ${command.data.directiveId} has not been issued.`);
  }
  if (isDirectiveClosed(state)) return refuseClosed(command, state);
  switch (command.type) {
    case 'AcknowledgeDirective':
      return acknowledgeDirective(command, state);
    case 'AmendDirective':
      return amendDirective(command, state);
    case 'SupersedeDirective':
      return supersedeDirective(command, state);
    case 'RescindDirective':
      return rescindDirective(command, state);
    case 'MarkAcknowledgementOverdue':
      return markAcknowledgementOverdue(command, state);
    default:
      return assertNever(command);
  }
}
