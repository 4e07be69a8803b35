import { Addressee, Addressees, sameAddressee } from './addressees';
import { DirectivePriority } from './commands';

export interface AcknowledgementRecord {
  readonly addressee: Addressee;
  readonly acknowledgedBy: string;
  readonly revision: number;
  readonly acknowledgedAt: string;
  readonly late: boolean;
  readonly note?: string;
}

export interface OverdueMark {
  readonly addressee: Addressee;
  readonly revision: number;
  readonly markedAt: string;
}

/** The terms of the current revision, and every acknowledgement and overdue mark of every revision. */
interface DirectiveFacts {
  readonly directiveId: string;
  readonly title: string;
  readonly body: string;
  readonly priority: DirectivePriority;
  readonly addressees: Addressees;
  readonly authority: string;
  readonly effectiveAt: string;
  readonly expiresAt?: string;
  readonly acknowledgeBy: string;
  readonly issuedAt: string;
  readonly revision: number;
  readonly revisedAt: string;
  // Earlier revisions' acknowledgements stay: an auditor asks who had read which text, and when.
  readonly acknowledgements: readonly AcknowledgementRecord[];
  readonly overdueMarks: readonly OverdueMark[];
}

export interface NoDirective {
  readonly status: 'not_issued';
}

/** In force, or about to be (effectiveAt), or lapsed (expiresAt): expiry is a matter of time, not of an event. */
export interface IssuedDirective extends DirectiveFacts {
  readonly status: 'issued';
}

export interface RescindedDirective extends DirectiveFacts {
  readonly status: 'rescinded';
  readonly rescinded: { readonly reason: string; readonly at: string };
}

export interface SupersededDirective extends DirectiveFacts {
  readonly status: 'superseded';
  readonly superseded: { readonly by: string; readonly reason: string; readonly at: string };
}

export type ClosedDirective = RescindedDirective | SupersededDirective;

/** A directive that was issued, whatever became of it since. */
export type KnownDirective = IssuedDirective | ClosedDirective;

export type DirectiveState = NoDirective | KnownDirective;

export const initialDirectiveState: DirectiveState = { status: 'not_issued' };

export const isDirectiveClosed = (state: DirectiveState): state is ClosedDirective =>
  state.status === 'rescinded' || state.status === 'superseded';

export const isExpiredAt = (state: KnownDirective, now: string): boolean =>
  state.expiresAt !== undefined && Date.parse(now) >= Date.parse(state.expiresAt);

export const acknowledgementOf = (
  state: KnownDirective,
  addressee: Addressee,
  revision: number,
): AcknowledgementRecord | undefined =>
  state.acknowledgements.find((a) => a.revision === revision && sameAddressee(a.addressee, addressee));

export const overdueMarkOf = (
  state: KnownDirective,
  addressee: Addressee,
  revision: number,
): OverdueMark | undefined =>
  state.overdueMarks.find((m) => m.revision === revision && sameAddressee(m.addressee, addressee));
