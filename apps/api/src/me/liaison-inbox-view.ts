import { Addressee, AppropriationStatus, SupportKind, SupportPeriod } from '@hstf/domain';
import { TaskingProgress } from '@hstf/projections';
import { InboxAction } from './inbox-actions';

/** A directive awaiting this agency's acknowledgement, for itself or for a state task force it co-leads. */
export interface DirectiveToAcknowledge {
  readonly directiveId: string;
  readonly title: string;
  readonly priority: string;
  readonly revision: number;
  readonly addressee: Addressee;
  /** 'overdue' once the deadline process marked it so. */
  readonly status: 'awaiting' | 'overdue';
  readonly acknowledgeBy: string;
  readonly expiresAt?: string;
  readonly authority: string;
  readonly actions: readonly InboxAction[];
}

export interface TaskingItem {
  readonly taskingId: string;
  readonly title: string;
  readonly taskForce: string;
  readonly objective: string;
  readonly role: 'lead' | 'supporting';
  readonly status: string;
  readonly leadAgency: string;
  readonly supportingAgencies: readonly string[];
  readonly dueAt: string;
  readonly directiveId?: string;
  readonly progress: TaskingProgress | null;
  readonly blocked: { readonly reason: string; readonly since: string } | null;
  readonly actions: readonly InboxAction[];
}

export interface CommitmentDue {
  readonly commitmentId: string;
  readonly taskForce: string;
  readonly kind: SupportKind;
  readonly unit: string;
  readonly quantity: number;
  readonly delivered: number;
  readonly remaining: number;
  readonly period: SupportPeriod;
  readonly appropriation: AppropriationStatus;
  readonly actions: readonly InboxAction[];
}

/** What waits for one liaison's agency, most urgent first in each list. */
export interface LiaisonInboxView {
  readonly agency: string;
  /** Task forces whose directives this agency acknowledges as DOJ or DHS co-lead. */
  readonly coLeads: readonly string[];
  readonly directivesToAcknowledge: readonly DirectiveToAcknowledge[];
  readonly taskingsToAccept: readonly TaskingItem[];
  readonly taskingsToReportOn: readonly TaskingItem[];
  readonly commitmentsDue: readonly CommitmentDue[];
}
