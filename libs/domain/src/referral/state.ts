import { ReferralChannel, ReferralOutcome } from './channels';

/** made -> accepted -> in_progress -> closed; a referral may be closed at any step (not eligible ...). */
export const REFERRAL_STATUSES = ['made', 'accepted', 'in_progress', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export interface NoReferral {
  readonly status: 'none';
}

export interface KnownReferral {
  readonly status: ReferralStatus;
  readonly referralId: string;
  readonly caseReference: string;
  readonly channel: ReferralChannel;
  readonly referringAgency: string;
  readonly receivingAgency: string;
  readonly taskForce: string;
  readonly taskingId?: string;
  readonly reportId?: string;
  readonly outcome?: ReferralOutcome;
}

export type ReferralState = NoReferral | KnownReferral;

export const initialReferralState: ReferralState = { status: 'none' };
