import { Event } from '../shared';
import { ReferralChannel, ReferralOutcome } from './channels';

export type ReferralMade = Event<
  'ReferralMade',
  {
    readonly referralId: string;
    readonly caseReference: string;
    readonly channel: ReferralChannel;
    readonly referringAgency: string;
    readonly receivingAgency: string;
    readonly taskForce: string;
    readonly taskingId?: string;
    readonly reportId?: string;
    readonly note?: string;
    readonly madeAt: string;
  }
>;

// Each step names the receiving agency and the task force, so that a summary per state reads it alone.
type Step = {
  readonly referralId: string;
  readonly receivingAgency: string;
  readonly taskForce: string;
  readonly channel: ReferralChannel;
  readonly note?: string;
};

export type ReferralAccepted = Event<'ReferralAccepted', Step & { readonly acceptedAt: string }>;
export type ReferralStarted = Event<'ReferralStarted', Step & { readonly startedAt: string }>;
export type ReferralClosed = Event<
  'ReferralClosed',
  Step & { readonly outcome: ReferralOutcome; readonly closedAt: string }
>;

export type ReferralEvent = ReferralMade | ReferralAccepted | ReferralStarted | ReferralClosed;
export type ReferralEventType = ReferralEvent['type'];

const EVERY_TYPE: { readonly [K in ReferralEventType]: K } = {
  ReferralMade: 'ReferralMade',
  ReferralAccepted: 'ReferralAccepted',
  ReferralStarted: 'ReferralStarted',
  ReferralClosed: 'ReferralClosed',
};

export const REFERRAL_EVENT_TYPES: readonly ReferralEventType[] = Object.values(EVERY_TYPE);
