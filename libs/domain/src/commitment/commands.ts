import { Command } from '../shared';
import { AppropriationStatus, SupportKind, SupportPeriod } from './support';

/**
 * The member agencies of the task force pledged to, read by the application layer from the TaskForce
 * stream just before deciding (none when it is not established), so that this decider stays pure.
 */
export interface PledgeContext {
  readonly taskForceMembers: readonly string[];
}

export type PledgeSupport = Command<
  'PledgeSupport',
  {
    readonly commitmentId: string;
    readonly agency: string;
    readonly taskForce: string;
    readonly kind: SupportKind;
    readonly quantity: number;
    /** What the quantity counts: 'agents', 'analyst-hours', 'vehicles' ... */
    readonly unit: string;
    readonly period: SupportPeriod;
    readonly appropriation: AppropriationStatus;
    readonly note?: string;
    readonly context: PledgeContext;
  }
>;

export type RecordDelivery = Command<
  'RecordDelivery',
  {
    readonly commitmentId: string;
    /** Chosen by the delivering agency, e.g. its own reference; names one delivery once. */
    readonly deliveryId: string;
    readonly quantity: number;
    readonly deliveredAt: string;
    readonly note?: string;
  }
>;

/** Every field but the reason is optional: only what changes is given. */
export type AdjustCommitment = Command<
  'AdjustCommitment',
  {
    readonly commitmentId: string;
    readonly quantity?: number;
    readonly appropriation?: AppropriationStatus;
    readonly period?: SupportPeriod;
    readonly reason: string;
  }
>;

export type WithdrawCommitment = Command<
  'WithdrawCommitment',
  { readonly commitmentId: string; readonly reason: string }
>;

export type CommitmentCommand = PledgeSupport | RecordDelivery | AdjustCommitment | WithdrawCommitment;
