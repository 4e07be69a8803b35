import { AppropriationStatus, CommitmentEvent, ReadableEvent, SupportPeriod } from '@hstf/domain';
import { FeedSubject } from './feed-subject';
import { oneLine, readableTime } from './readable-text';
import { SummaryContext } from './summary-context';

const FUNDING: { readonly [S in AppropriationStatus]: string } = {
  available: 'funds available',
  pending: 'funding pending',
  unfunded: 'unfunded',
};

const period = ({ from, to }: SupportPeriod): string => `${readableTime(from)} to ${readableTime(to)}`;

type CommitmentSubject = Extract<FeedSubject, { kind: 'commitment' }>;

/** "its personnel commitment to the TX task force", or the id when the pledge was never seen. */
const commitmentPhrase = (subject: CommitmentSubject | undefined, id: string): string =>
  subject ? `its ${subject.support} commitment to the ${subject.taskForce} task force` : `commitment ${id}`;

export function summarizeCommitment(event: ReadableEvent<CommitmentEvent>, context: SummaryContext): string {
  const subject = context.subject?.kind === 'commitment' ? context.subject : undefined;
  const commitment = commitmentPhrase(subject, event.data.commitmentId);
  switch (event.type) {
    case 'SupportPledged': {
      const { agency, quantity, unit, kind, taskForce, appropriation } = event.data;
      return `${agency} pledged ${quantity} ${unit} of ${kind} support to the ${taskForce} task force (${FUNDING[appropriation]})`;
    }
    case 'SupportDelivered': {
      const { agency, quantity, unit } = event.data;
      return subject
        ? `${agency} delivered ${quantity} ${unit} of ${subject.support} support to the ${subject.taskForce} task force`
        : `${agency} delivered ${quantity} ${unit} on commitment ${event.data.commitmentId}`;
    }
    case 'CommitmentAdjusted': {
      const { agency, quantity, appropriation, reason } = event.data;
      const changes = [
        quantity === undefined ? undefined : `quantity ${quantity}${subject ? ` ${subject.unit}` : ''}`,
        appropriation === undefined ? undefined : FUNDING[appropriation],
        event.data.period === undefined ? undefined : `period ${period(event.data.period)}`,
      ].filter((change) => change !== undefined);
      return `${agency} adjusted ${commitment} (${changes.join(', ')}): ${oneLine(reason)}`;
    }
    case 'CommitmentWithdrawn':
      return `${event.data.agency} withdrew ${commitment}: ${oneLine(event.data.reason)}`;
  }
}
