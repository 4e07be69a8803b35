import { CommandMeta } from '../shared';
import { Addressee } from './addressees';
import {
  AcknowledgeDirective,
  AmendDirective,
  DirectiveChanges,
  IssueDirective,
  MarkAcknowledgementOverdue,
  RescindDirective,
  SupersedeDirective,
} from './commands';

// One directive to the Texas and Arizona task forces and to the FBI and CBP, under EO 14159.
export const DIRECTIVE_ID = '3f0a7d52-8a3e-4d53-9d7c-2a1f0a9c1b11';
export const SUCCESSOR_ID = '9b2e4c1a-6f3d-4e8a-b5c7-1d2e3f4a5b6c';
export const ISSUED_AT = '2026-03-01T08:00:00.000Z';
export const EFFECTIVE = '2026-03-02T00:00:00.000Z';
export const NOW = '2026-03-03T09:00:00.000Z';
export const ACK_BY = '2026-03-04T17:00:00.000Z';
export const LATE = '2026-03-05T09:00:00.000Z';
export const EXPIRES = '2026-06-30T23:59:59.000Z';
/** The DOJ and DHS co-lead agencies of the Texas task force. */
export const TX_CO_LEADS = ['FBI', 'ICE-HSI'];

export const TX: Addressee = { kind: 'state', code: 'TX' };
export const AZ: Addressee = { kind: 'state', code: 'AZ' };
export const FBI: Addressee = { kind: 'agency', code: 'FBI' };
export const CBP: Addressee = { kind: 'agency', code: 'CBP' };

const at = (now: string, actorAgency?: string): CommandMeta => (actorAgency ? { now, actorAgency } : { now });

export const issue = (
  overrides: Partial<IssueDirective['data']> = {},
  meta = at(ISSUED_AT),
): IssueDirective => ({
  type: 'IssueDirective',
  data: {
    directiveId: DIRECTIVE_ID,
    title: 'Surge on southbound I-35 smuggling corridors',
    body: 'Coordinate interdiction at the Laredo and San Antonio checkpoints; report daily.',
    priority: 'priority',
    addressees: { states: ['TX', 'AZ'], agencies: ['FBI', 'CBP'] },
    authority: 'EO 14159 sec. 3(b)',
    effectiveAt: EFFECTIVE,
    expiresAt: EXPIRES,
    acknowledgeBy: ACK_BY,
    ...overrides,
  },
  meta,
});

export const acknowledge = (
  addressee: Addressee,
  actorAgency: string | undefined,
  options: { now?: string; note?: string; coLeads?: readonly string[] } = {},
): AcknowledgeDirective => ({
  type: 'AcknowledgeDirective',
  data: {
    directiveId: DIRECTIVE_ID,
    addressee,
    ...(options.note === undefined ? {} : { note: options.note }),
    ...(options.coLeads === undefined ? {} : { context: { taskForceCoLeads: options.coLeads } }),
  },
  meta: at(options.now ?? NOW, actorAgency),
});

export const amend = (
  changes: DirectiveChanges,
  reason = 'Extend to the I-10 corridor.',
): AmendDirective => ({
  type: 'AmendDirective',
  data: { directiveId: DIRECTIVE_ID, changes, reason },
  meta: at(NOW),
});

export const supersede = (supersededBy = SUCCESSOR_ID, reason = 'Replaced by the spring directive.') =>
  ({
    type: 'SupersedeDirective',
    data: { directiveId: DIRECTIVE_ID, supersededBy, reason },
    meta: at(NOW),
  }) as SupersedeDirective;

export const rescind = (reason = 'Issued in error.'): RescindDirective => ({
  type: 'RescindDirective',
  data: { directiveId: DIRECTIVE_ID, reason },
  meta: at(NOW),
});

export const markOverdue = (addressee: Addressee, now = LATE): MarkAcknowledgementOverdue => ({
  type: 'MarkAcknowledgementOverdue',
  data: { directiveId: DIRECTIVE_ID, addressee },
  meta: at(now),
});
