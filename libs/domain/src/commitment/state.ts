import { AppropriationStatus, SupportKind, SupportPeriod } from './support';

export interface SupportDelivery {
  readonly deliveryId: string;
  readonly quantity: number;
  readonly deliveredAt: string;
}

interface CommitmentFacts {
  readonly commitmentId: string;
  readonly agency: string;
  readonly taskForce: string;
  readonly kind: SupportKind;
  readonly quantity: number;
  readonly unit: string;
  readonly period: SupportPeriod;
  readonly appropriation: AppropriationStatus;
  readonly deliveries: readonly SupportDelivery[];
}

export interface NoCommitment {
  readonly status: 'none';
}

export interface PledgedCommitment extends CommitmentFacts {
  readonly status: 'pledged';
}

/** Keeps its facts: what was delivered before the withdrawal still counts as delivered. */
export interface WithdrawnCommitment extends CommitmentFacts {
  readonly status: 'withdrawn';
}

export type CommitmentState = NoCommitment | PledgedCommitment | WithdrawnCommitment;

export const initialCommitmentState: CommitmentState = { status: 'none' };
