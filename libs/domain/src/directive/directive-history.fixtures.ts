import { Addressee } from './addressees';
import {
  DirectiveAcknowledged,
  DirectiveAcknowledgementOverdue,
  DirectiveAmended,
  DirectiveIssued,
  DirectiveRescinded,
  DirectiveSuperseded,
} from './events';
import { DIRECTIVE_ID, SUCCESSOR_ID, ISSUED_AT, NOW, ACK_BY, LATE, issue } from './directive.fixtures';

// The history the rules are decided on: events as the decider itself would have appended them.

export const issued: DirectiveIssued = {
  type: 'DirectiveIssued',
  data: { ...issue().data, issuedAt: ISSUED_AT, revision: 1 },
};

export const acknowledged = (
  addressee: Addressee,
  acknowledgedBy: string,
  revision = 1,
  acknowledgedAt = NOW,
): DirectiveAcknowledged => ({
  type: 'DirectiveAcknowledged',
  data: { directiveId: DIRECTIVE_ID, addressee, acknowledgedBy, revision, acknowledgedAt, late: false },
});

export const acknowledgedLate = (
  addressee: Addressee,
  acknowledgedBy: string,
  revision = 1,
): DirectiveAcknowledged => ({
  type: 'DirectiveAcknowledged',
  data: { ...acknowledged(addressee, acknowledgedBy, revision, LATE).data, late: true },
});

export const amended = (
  revision = 2,
  changes: DirectiveAmended['data']['changes'] = { title: 'Surge on I-35 and I-10' },
) =>
  ({
    type: 'DirectiveAmended',
    data: {
      directiveId: DIRECTIVE_ID,
      revision,
      changes,
      reason: 'Extend to the I-10 corridor.',
      amendedAt: NOW,
    },
  }) as DirectiveAmended;

export const superseded: DirectiveSuperseded = {
  type: 'DirectiveSuperseded',
  data: { directiveId: DIRECTIVE_ID, supersededBy: SUCCESSOR_ID, reason: 'Replaced.', supersededAt: NOW },
};

export const rescinded: DirectiveRescinded = {
  type: 'DirectiveRescinded',
  data: { directiveId: DIRECTIVE_ID, reason: 'Issued in error.', rescindedAt: NOW },
};

export const markedOverdue = (addressee: Addressee, revision = 1): DirectiveAcknowledgementOverdue => ({
  type: 'DirectiveAcknowledgementOverdue',
  data: { directiveId: DIRECTIVE_ID, addressee, revision, acknowledgeBy: ACK_BY, markedAt: LATE },
});
