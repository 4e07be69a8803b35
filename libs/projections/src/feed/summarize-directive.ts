import {
  Addressee,
  addresseeList,
  Addressees,
  DirectiveAmendment,
  DirectiveEvent,
  ReadableEvent,
} from '@hstf/domain';
import { listed, oneLine, quoted, readableTime } from './readable-text';
import { SummaryContext, titleOf } from './summary-context';

const audience = (addressees: Addressees): string => listed(addresseeList(addressees).map((a) => a.code));

const who = (addressee: Addressee): string =>
  addressee.kind === 'state' ? `the ${addressee.code} task force` : addressee.code;

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function amendmentDetails(changes: DirectiveAmendment): string {
  const details = [
    changes.title === undefined ? undefined : `retitled ${quoted(changes.title)}`,
    changes.priority === undefined ? undefined : `priority ${changes.priority}`,
    changes.acknowledgeBy === undefined ? undefined : `ack now by ${readableTime(changes.acknowledgeBy)}`,
    changes.expiresAt === undefined ? undefined : `expires ${readableTime(changes.expiresAt)}`,
    changes.addedAddressees === undefined ? undefined : `now also to ${audience(changes.addedAddressees)}`,
  ].filter((detail) => detail !== undefined);
  return details.length > 0 ? `; ${details.join('; ')}` : '';
}

export function summarizeDirective(event: ReadableEvent<DirectiveEvent>, context: SummaryContext): string {
  const title = titleOf(context.subject, `directive ${event.data.directiveId}`);
  switch (event.type) {
    case 'DirectiveIssued': {
      const { priority, addressees, acknowledgeBy } = event.data;
      const kind =
        priority === 'immediate' || priority === 'flash' ? `${capitalized(priority)} directive` : 'Directive';
      return `${kind} ${quoted(event.data.title)} issued to ${audience(addressees)} (ack by ${readableTime(acknowledgeBy)})`;
    }
    case 'DirectiveAcknowledged': {
      const { addressee, acknowledgedBy, revision, late } = event.data;
      const through = addressee.kind === 'state' ? ` through ${acknowledgedBy}` : '';
      const notes = [revision > 1 ? `revision ${revision}` : undefined, late ? 'late' : undefined].filter(
        Boolean,
      );
      const suffix = notes.length > 0 ? ` (${notes.join(', ')})` : '';
      return `${capitalized(who(addressee))} acknowledged directive ${title}${through}${suffix}`;
    }
    case 'DirectiveAmended':
      return `Directive ${title} amended to revision ${event.data.revision}: ${oneLine(event.data.reason)}${amendmentDetails(event.data.changes)}`;
    case 'DirectiveSuperseded': {
      const successor = titleOf(context.successor, `directive ${event.data.supersededBy}`);
      return `Directive ${title} superseded by ${successor}: ${oneLine(event.data.reason)}`;
    }
    case 'DirectiveRescinded':
      return `Directive ${title} rescinded: ${oneLine(event.data.reason)}`;
    case 'DirectiveAcknowledgementOverdue': {
      const { addressee, acknowledgeBy } = event.data;
      return `${capitalized(who(addressee))} has not acknowledged directive ${title}, due ${readableTime(acknowledgeBy)}`;
    }
  }
}
