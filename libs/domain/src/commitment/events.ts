import { Event } from '../shared';
import { AppropriationStatus, SupportKind, SupportPeriod } from './support';

export type SupportPledged = Event<
  'SupportPledged',
  {
    readonly commitmentId: string;
    readonly agency: string;
    readonly taskForce: string;
    readonly kind: SupportKind;
    readonly quantity: number;
    readonly unit: string;
    readonly period: SupportPeriod;
    readonly appropriation: AppropriationStatus;
    readonly note?: string;
    readonly pledgedAt: string;
  }
>;

/** `deliveredAt` is when the support arrived; `recordedAt` when the command centre learnt of it. */
export type SupportDelivered = Event<
  'SupportDelivered',
  {
    readonly commitmentId: string;
    readonly agency: string;
    readonly deliveryId: string;
    readonly quantity: number;
    readonly unit: string;
    readonly deliveredAt: string;
    readonly note?: string;
    readonly recordedAt: string;
  }
>;

/** Carries only the fields that changed, at their new values. */
export type CommitmentAdjusted = Event<
  'CommitmentAdjusted',
  {
    readonly commitmentId: string;
    readonly agency: string;
    readonly quantity?: number;
    readonly appropriation?: AppropriationStatus;
    readonly period?: SupportPeriod;
    readonly reason: string;
    readonly adjustedAt: string;
  }
>;

export type CommitmentWithdrawn = Event<
  'CommitmentWithdrawn',
  {
    readonly commitmentId: string;
    readonly agency: string;
    readonly reason: string;
    readonly withdrawnAt: string;
  }
>;

export type CommitmentEvent = SupportPledged | SupportDelivered | CommitmentAdjusted | CommitmentWithdrawn;

export type CommitmentEventType = CommitmentEvent['type'];

// A mapped type rather than a plain array so that the compiler refuses a list missing an event type.
const EVERY_TYPE: { readonly [K in CommitmentEventType]: K } = {
  SupportPledged: 'SupportPledged',
  SupportDelivered: 'SupportDelivered',
  CommitmentAdjusted: 'CommitmentAdjusted',
  CommitmentWithdrawn: 'CommitmentWithdrawn',
};

export const COMMITMENT_EVENT_TYPES: readonly CommitmentEventType[] = Object.values(EVERY_TYPE);
