import { clipText, escapeUnprintable } from '../claim-text';

/**
 * The most of a refusal's reason the access record keeps. Reasons quote the token's claims (clipped and
 * escaped where they are written), and this bounds whatever a future reason quotes, whichever sink records.
 */
export const MAX_RECORDED_REASON = 1000;

/** A reason as recorded: bounded, and with any unprintable character escaped. */
export const recordedReason = (reason: string): string =>
  escapeUnprintable(clipText(reason, MAX_RECORDED_REASON));
