import { Command } from '../shared';
import { ReferralChannel, ReferralOutcome } from './channels';

/**
 * Read by the application layer before deciding, so that the decider stays pure: the task force's member
 * agencies (the referring agency is one), and whether the receiving agency is a registered partner NGO.
 */
export interface ReferralContext {
  readonly taskForceMembers: readonly string[];
  readonly receiverIsNgo: boolean;
}

export type MakeReferral = Command<
  'MakeReferral',
  {
    readonly referralId: string;
    /** The case's reference, never a name: e.g. CCHT-REF-2026-0001. */
    readonly caseReference: string;
    readonly channel: ReferralChannel;
    readonly referringAgency: string;
    readonly receivingAgency: string;
    readonly taskForce: string;
    readonly taskingId?: string;
    readonly reportId?: string;
    readonly note?: string;
    readonly context: ReferralContext;
  }
>;

export type AcceptReferral = Command<
  'AcceptReferral',
  { readonly referralId: string; readonly note?: string }
>;

export type StartReferral = Command<'StartReferral', { readonly referralId: string; readonly note?: string }>;

export type CloseReferral = Command<
  'CloseReferral',
  { readonly referralId: string; readonly outcome: ReferralOutcome; readonly note?: string }
>;

export type ReferralCommand = MakeReferral | AcceptReferral | StartReferral | CloseReferral;
