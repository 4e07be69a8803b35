import { reject } from '../../shared';
import { Refusal } from './refusal';

export interface DirectiveTimes {
  readonly effectiveAt: string;
  readonly acknowledgeBy: string;
  readonly expiresAt?: string;
}

const after = (a: string, b: string): boolean => Date.parse(a) > Date.parse(b);

/** A deadline already passed when it is set could only ever be missed. */
export const requireDeadlineAhead = (directiveId: string, acknowledgeBy: string, now: string): Refusal =>
  after(acknowledgeBy, now)
    ? undefined
    : reject(
        'DIRECTIVE_ACKNOWLEDGE_BY_NOT_AHEAD',
        `Directive ${directiveId} is to be acknowledged by ${acknowledgeBy}, which is not after now (${now}).`,
      );

/**
 * How the times of one revision relate: addressees get some time to acknowledge once the directive takes
 * effect, and the deadline falls before the directive lapses, since nothing is acknowledged after expiry.
 * The times must already be valid instants.
 */
export function checkTimes(directiveId: string, times: DirectiveTimes): Refusal {
  const { effectiveAt, acknowledgeBy, expiresAt } = times;
  if (!after(acknowledgeBy, effectiveAt)) {
    return reject(
      'DIRECTIVE_ACKNOWLEDGE_BY_NOT_AFTER_EFFECTIVE',
      `Directive ${directiveId} is to be acknowledged by ${acknowledgeBy}, which is not after it takes effect at ${effectiveAt}.`,
    );
  }
  if (expiresAt === undefined) return undefined;
  if (!after(expiresAt, effectiveAt)) {
    return reject(
      'DIRECTIVE_EXPIRY_NOT_AFTER_EFFECTIVE',
      `Directive ${directiveId} expires at ${expiresAt}, which is not after it takes effect at ${effectiveAt}.`,
    );
  }
  if (after(acknowledgeBy, expiresAt)) {
    return reject(
      'DIRECTIVE_ACKNOWLEDGE_BY_AFTER_EXPIRY',
      `Directive ${directiveId} is to be acknowledged by ${acknowledgeBy}, after it expires at ${expiresAt}, when it can no longer be acknowledged.`,
    );
  }
  return undefined;
}
