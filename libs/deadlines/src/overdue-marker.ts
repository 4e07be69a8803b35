import { DueAcknowledgement } from './due-acknowledgements';

export type MarkOutcome =
  | { readonly kind: 'marked'; readonly eventId: string; readonly position: bigint }
  /** The same command was already executed (by this or another instance): nothing new was appended. */
  | { readonly kind: 'replayed' }
  /** The directive says there is nothing to mark any more (marked, acknowledged, closed, deadline moved). */
  | { readonly kind: 'settled'; readonly code: string };

/** Sends the MarkAcknowledgementOverdue command for one due addressee. */
export interface OverdueMarker {
  mark(due: DueAcknowledgement, now: Date): Promise<MarkOutcome>;
}

export const OVERDUE_MARKER = Symbol('OVERDUE_MARKER');
