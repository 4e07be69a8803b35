import type { HstfEvent } from '@hstf/contracts';
import { isAgencyEvent, isCommitmentEvent, isDirectiveEvent, isTaskForceEvent } from '../events/event-kinds';
import { summarizeCommitment } from './summarize-commitment';
import { summarizeDirective } from './summarize-directive';
import { summarizeAgency, summarizeTaskForce } from './summarize-task-force';
import { summarizeTasking } from './summarize-tasking';
import { SummaryContext } from './summary-context';

/** One line a liaison reads in the feed, e.g. "Directive 'Surge on I-35' issued to TX, FBI (ack by ...)". */
export function summarizeEvent(event: HstfEvent, context: SummaryContext = {}): string {
  if (isTaskForceEvent(event)) return summarizeTaskForce(event);
  if (isAgencyEvent(event)) return summarizeAgency(event);
  if (isDirectiveEvent(event)) return summarizeDirective(event, context);
  if (isCommitmentEvent(event)) return summarizeCommitment(event, context);
  return summarizeTasking(event, context);
}

/** An event of a type this build does not know still shows, plainly, to the audiences of its scope. */
export const summarizeUnknown = (type: string, streamId: string): string => `${type} on ${streamId}`;
