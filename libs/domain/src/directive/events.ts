import { Event } from '../shared';
import { Addressee, Addressees } from './addressees';
import { DirectivePriority } from './commands';

// `revision` in these events is the directive's own text revision (1 at issue, +1 per amendment), which
// addressees acknowledge; it is not the stream position of the envelope.

export type DirectiveIssued = Event<
  'DirectiveIssued',
  {
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
    readonly revision: 1;
  }
>;

/** `acknowledgedBy` is the agency whose liaison acknowledged: the addressee itself, or a task force co-lead. */
export type DirectiveAcknowledged = Event<
  'DirectiveAcknowledged',
  {
    readonly directiveId: string;
    readonly addressee: Addressee;
    readonly acknowledgedBy: string;
    readonly revision: number;
    readonly acknowledgedAt: string;
    readonly late: boolean;
    readonly note?: string;
  }
>;

/** Only what changed; `addedAddressees` are appended to the addressees of the earlier revision. */
export interface DirectiveAmendment {
  readonly title?: string;
  readonly body?: string;
  readonly priority?: DirectivePriority;
  readonly acknowledgeBy?: string;
  readonly expiresAt?: string;
  readonly addedAddressees?: Addressees;
}

export type DirectiveAmended = Event<
  'DirectiveAmended',
  {
    readonly directiveId: string;
    readonly revision: number;
    readonly changes: DirectiveAmendment;
    readonly reason: string;
    readonly amendedAt: string;
  }
>;

export type DirectiveSuperseded = Event<
  'DirectiveSuperseded',
  {
    readonly directiveId: string;
    readonly supersededBy: string;
    readonly reason: string;
    readonly supersededAt: string;
  }
>;

export type DirectiveRescinded = Event<
  'DirectiveRescinded',
  { readonly directiveId: string; readonly reason: string; readonly rescindedAt: string }
>;

export type DirectiveAcknowledgementOverdue = Event<
  'DirectiveAcknowledgementOverdue',
  {
    readonly directiveId: string;
    readonly addressee: Addressee;
    readonly revision: number;
    readonly acknowledgeBy: string;
    readonly markedAt: string;
  }
>;

export type DirectiveEvent =
  | DirectiveIssued
  | DirectiveAcknowledged
  | DirectiveAmended
  | DirectiveSuperseded
  | DirectiveRescinded
  | DirectiveAcknowledgementOverdue;

export type DirectiveEventType = DirectiveEvent['type'];

// A mapped type rather than a plain array so that the compiler refuses a list missing an event type.
const EVERY_TYPE: { readonly [K in DirectiveEventType]: K } = {
  DirectiveIssued: 'DirectiveIssued',
  DirectiveAcknowledged: 'DirectiveAcknowledged',
  DirectiveAmended: 'DirectiveAmended',
  DirectiveSuperseded: 'DirectiveSuperseded',
  DirectiveRescinded: 'DirectiveRescinded',
  DirectiveAcknowledgementOverdue: 'DirectiveAcknowledgementOverdue',
};

export const DIRECTIVE_EVENT_TYPES: readonly DirectiveEventType[] = Object.values(EVERY_TYPE);
