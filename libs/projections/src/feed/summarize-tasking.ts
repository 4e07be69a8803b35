import { ReadableEvent, TaskingEvent } from '@hstf/domain';
import { listed, oneLine, quoted, readableTime } from './readable-text';
import { SummaryContext, titleOf } from './summary-context';

/** ": the words", or nothing where they were withheld from this reader. */
const words = (text: string | undefined): string => (text === undefined ? '' : `: ${oneLine(text)}`);

const byWhom = (by: string | undefined): string => (by === undefined ? 'the command center' : by);

export function summarizeTasking(event: ReadableEvent<TaskingEvent>, context: SummaryContext): string {
  const title = titleOf(context.subject, `tasking ${event.data.taskingId}`);
  switch (event.type) {
    case 'TaskingAssigned': {
      const { leadAgency, supportingAgencies, taskForce, dueAt } = event.data;
      const support = supportingAgencies.length > 0 ? ` with ${listed(supportingAgencies)} in support` : '';
      return `Tasking ${quoted(event.data.title)} assigned to ${leadAgency}${support} (${taskForce} task force, due ${readableTime(dueAt)})`;
    }
    case 'TaskingAccepted':
      return `${event.data.leadAgency} accepted tasking ${title}`;
    case 'TaskingDeclined':
      return `${event.data.leadAgency} declined tasking ${title}${words(event.data.reason)}`;
    case 'TaskingProgressReported': {
      const { reportedBy, percentComplete, summary } = event.data;
      return `${reportedBy} reported tasking ${title} ${percentComplete}% complete${words(summary)}`;
    }
    case 'TaskingBlocked':
      return `Tasking ${title} blocked by ${byWhom(event.data.by)}: ${oneLine(event.data.reason)}`;
    case 'TaskingUnblocked':
      return `Tasking ${title} unblocked by ${byWhom(event.data.by)}: ${oneLine(event.data.resolution)}`;
    case 'TaskingReassigned': {
      const { previousLeadAgency, leadAgency, reason } = event.data;
      return `Tasking ${title} reassigned from ${previousLeadAgency} to ${leadAgency}: ${oneLine(reason)}`;
    }
    case 'TaskingCompleted':
      return `${event.data.leadAgency} completed tasking ${title}: ${oneLine(event.data.outcome)}`;
    case 'TaskingCancelled':
      return `Tasking ${title} cancelled: ${oneLine(event.data.reason)}`;
  }
}
