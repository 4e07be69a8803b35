import { acknowledgementStatus, CommitmentState, DirectiveState, TaskingState } from '@hstf/domain';
import type { RecordedEvent } from '@hstf/event-store';
import type { AgencyInbox } from '@hstf/projections';
import { byCode, Folded, known } from './fold-store';

export interface InboxShape {
  directives: { id: string; status: string }[];
  lead: string[];
  supporting: string[];
  commitments: string[];
}

export function inboxShapeOf(inbox: AgencyInbox): InboxShape {
  return {
    directives: inbox.directives
      .map((d) => ({ id: d.directive.directiveId, status: d.status }))
      .sort((a, b) => byCode(a.id, b.id)),
    lead: inbox.taskings.lead.map((t) => t.taskingId).sort(byCode),
    supporting: inbox.taskings.supporting.map((t) => t.taskingId).sort(byCode),
    commitments: inbox.commitments.map((c) => c.commitmentId).sort(byCode),
  };
}

/** Everything addressed to, led, supported or pledged by the agency, closed items included. */
export function expectedInbox(folded: Folded, agency: string): InboxShape {
  const directives = known<DirectiveState, { status: 'not_issued' }>(folded.directives, 'not_issued')
    .filter(([, d]) => d.addressees.agencies.includes(agency))
    .map(([id, d]) => {
      const own = acknowledgementStatus(d)!.addressees.find(
        (a) => a.addressee.kind === 'agency' && a.addressee.code === agency,
      )!;
      return { id, status: d.status === 'issued' ? own.status : d.status };
    });
  const taskings = known<TaskingState, { status: 'unassigned' }>(folded.taskings, 'unassigned');
  const commitments = known<CommitmentState, { status: 'none' }>(folded.commitments, 'none');
  return {
    directives: directives.sort((a, b) => byCode(a.id, b.id)),
    lead: taskings
      .filter(([, t]) => t.leadAgency === agency)
      .map(([id]) => id)
      .sort(byCode),
    supporting: taskings
      .filter(([, t]) => t.supportingAgencies.includes(agency))
      .map(([id]) => id)
      .sort(byCode),
    commitments: commitments
      .filter(([, c]) => c.agency === agency)
      .map(([id]) => id)
      .sort(byCode),
  };
}

/** The global positions of the events whose scope reaches the audience, in order. */
export function expectedFeedPositions(folded: Folded, audience: string): string[] {
  const reaches = (event: RecordedEvent) => {
    if (audience === 'command-center') return true;
    const scope = event.metadata.scope as { states: string[]; agencies: string[] };
    const [kind, code] = audience.split(':');
    return (kind === 'state' ? scope.states : scope.agencies).includes(code);
  };
  return folded.events.filter(reaches).map((e) => e.globalPosition.toString());
}
