import type { HstfEvent } from '@hstf/contracts';
import type { CommitmentEvent, DirectiveEvent, ReadableEvent, TaskingEvent } from '@hstf/domain';
import {
  isAgencyEvent,
  isCommitmentEvent,
  isDirectiveEvent,
  isForfeitureEvent,
  isOutreachEvent,
  isReferralEvent,
  isReportEvent,
  isTaskForceEvent,
} from '../events/event-kinds';
import { summarizeCommitment } from './summarize-commitment';
import { summarizeDirective } from './summarize-directive';
import { summarizeForfeiture } from './summarize-forfeiture';
import { summarizeOutreach } from './summarize-outreach';
import { summarizeReferral } from './summarize-referral';
import { summarizeReport } from './summarize-report';
import { summarizeAgency, summarizeTaskForce } from './summarize-task-force';
import { summarizeTasking } from './summarize-tasking';
import { SummaryContext } from './summary-context';

/** One line a liaison reads in the feed, e.g. "Directive 'Surge on I-35' issued to TX, FBI (ack by ...)". */
export function summarizeEvent(event: ReadableEvent<HstfEvent>, context: SummaryContext = {}): string {
  // The type alone says the kind; the words withheld from this reader stay optional in what follows.
  const known = event as HstfEvent;
  if (isTaskForceEvent(known)) return summarizeTaskForce(known);
  if (isAgencyEvent(known)) return summarizeAgency(known);
  if (isDirectiveEvent(known)) return summarizeDirective(event as ReadableEvent<DirectiveEvent>, context);
  if (isCommitmentEvent(known)) return summarizeCommitment(event as ReadableEvent<CommitmentEvent>, context);
  if (isReportEvent(known)) return summarizeReport(known);
  if (isForfeitureEvent(known)) return summarizeForfeiture(known);
  if (isReferralEvent(known)) return summarizeReferral(known);
  if (isOutreachEvent(known)) return summarizeOutreach(known);
  return summarizeTasking(event as ReadableEvent<TaskingEvent>, context);
}

/** An event of a type this build does not know still shows, plainly, to the audiences of its scope. */
export const summarizeUnknown = (type: string, streamId: string): string => `${type} on ${streamId}`;
