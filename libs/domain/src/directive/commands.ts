import { Command } from '../shared';
import { Addressee, Addressees } from './addressees';

export const DIRECTIVE_PRIORITIES = ['routine', 'priority', 'immediate', 'flash'] as const;

/** Precedence of a directive, lowest first, after military message precedence. */
export type DirectivePriority = (typeof DIRECTIVE_PRIORITIES)[number];

export type IssueDirective = Command<
  'IssueDirective',
  {
    readonly directiveId: string;
    readonly title: string;
    readonly body: string;
    readonly priority: DirectivePriority;
    readonly addressees: Addressees;
    /** The legal authority the direction rests on, e.g. "EO 14159 sec. 3(b)". */
    readonly authority: string;
    readonly effectiveAt: string;
    readonly expiresAt?: string;
    readonly acknowledgeBy: string;
  }
>;

/**
 * The co-leads of the addressed state's task force, read by the application layer from the TaskForce
 * stream just before deciding. A state addressee is acknowledged on behalf of its task force, which only
 * its DOJ and DHS co-lead agencies speak for; passing them in keeps this decider pure. Acknowledgements by
 * an agency addressee do not need it.
 */
export interface TaskForceCoLeadsContext {
  readonly taskForceCoLeads: readonly string[];
}

export type AcknowledgeDirective = Command<
  'AcknowledgeDirective',
  {
    readonly directiveId: string;
    readonly addressee: Addressee;
    readonly note?: string;
    readonly context?: TaskForceCoLeadsContext;
  }
>;

/** What an amendment may change. Addressees are only ever added: nobody is silently dropped from a directive. */
export interface DirectiveChanges {
  readonly title?: string;
  readonly body?: string;
  readonly priority?: DirectivePriority;
  readonly acknowledgeBy?: string;
  readonly expiresAt?: string;
  readonly addressees?: Partial<Addressees>;
}

export type AmendDirective = Command<
  'AmendDirective',
  { readonly directiveId: string; readonly changes: DirectiveChanges; readonly reason: string }
>;

export type SupersedeDirective = Command<
  'SupersedeDirective',
  { readonly directiveId: string; readonly supersededBy: string; readonly reason: string }
>;

export type RescindDirective = Command<
  'RescindDirective',
  { readonly directiveId: string; readonly reason: string }
>;

/** Sent by the deadline process manager once acknowledgeBy has passed. */
export type MarkAcknowledgementOverdue = Command<
  'MarkAcknowledgementOverdue',
  { readonly directiveId: string; readonly addressee: Addressee }
>;

export type DirectiveCommand =
  | IssueDirective
  | AcknowledgeDirective
  | AmendDirective
  | SupersedeDirective
  | RescindDirective
  | MarkAcknowledgementOverdue;
