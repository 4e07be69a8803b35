import { reject } from '../../shared';
import { DIRECTIVE_PRIORITIES } from '../commands';
import { Refusal } from './refusal';

// The type already says it, but commands are built from JSON and replayed by scripts: the rule holds anyway.
export const requirePriority = (priority: string, directiveId: string): Refusal =>
  (DIRECTIVE_PRIORITIES as readonly string[]).includes(priority)
    ? undefined
    : reject(
        'DIRECTIVE_INVALID_PRIORITY',
        `Directive ${directiveId} has priority ${priority}; it must be one of ${DIRECTIVE_PRIORITIES.join(', ')}.`,
      );
