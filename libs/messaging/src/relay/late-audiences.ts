import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import type { EventStore, RecordedEvent } from '@hstf/event-store';
import { OutgoingMessage } from '../port';
import type { CoLeads } from './co-leads';
import { agencyAudience, Audience, audienceMessages, audiencesOf } from './event-messages';
import { toRelayedEnvelope } from './relayed-envelope';

const PAGE = 500;

/** Events that let an agency into an aggregate whose earlier events it was not sent. */
const WIDEN_AN_AGGREGATE = new Set(['DirectiveAmended', 'TaskingReassigned', 'MemberAgencyEnrolled']);

type Store = Pick<EventStore, 'readStream' | 'readAll'>;

/**
 * What an audience that joins late must receive before the event that lets it in, so that its system can
 * rebuild what it now reads: the earlier events it was not sent, each as it may read it, in their order.
 * An audience joins an aggregate by an amendment that adds an addressee, a reassignment to a new lead, or
 * an enrolment in a task force (a member reads its task force); it joins a whole state's task force and
 * everything addressed to the state by a co-lead designation, or by the task force's establishment. Only these event types widen an audience,
 * so only they cost a read of the store. Earlier events keep their ids: a consumer that already had one
 * (it was in an earlier scope) skips it as a re-delivery.
 */
export async function lateAudienceMessages(
  store: Store,
  event: RecordedEvent,
  coLeads: Pick<CoLeads, 'of'>,
): Promise<OutgoingMessage[]> {
  if (WIDEN_AN_AGGREGATE.has(event.type)) return streamCatchUp(store, event, coLeads);
  if (event.type === 'CoLeadDesignated') {
    const { state, agency } = event.data as { state: string; agency: string };
    return coLeadCatchUp(store, event.globalPosition, state, [agency]);
  }
  // A directive may be addressed to a state before its task force exists: its first co-leads join then.
  if (event.type === 'TaskForceEstablished') {
    const { state, dojCoLead, dhsCoLead } = event.data as {
      state: string;
      dojCoLead: string;
      dhsCoLead: string;
    };
    return coLeadCatchUp(store, event.globalPosition, state, [dojCoLead, dhsCoLead]);
  }
  return [];
}

async function streamCatchUp(
  store: Store,
  event: RecordedEvent,
  coLeads: Pick<CoLeads, 'of'>,
): Promise<OutgoingMessage[]> {
  if (event.streamPosition === 0n) return [];
  const topicsOf = (recorded: RecordedEvent) =>
    new Set(
      audiencesOf(toRelayedEnvelope(recorded).metadata.scope, coLeads).map((audience) => audience.topic),
    );
  const earlier = await store.readStream(event.streamId, { maxCount: Number(event.streamPosition) });
  // An audience of the event before this one has the aggregate already (it was caught up when it came in).
  const alreadyIn = topicsOf(earlier[earlier.length - 1]);
  const joiners = audiencesOf(toRelayedEnvelope(event).metadata.scope, coLeads).filter(
    (audience) => !alreadyIn.has(audience.topic),
  );
  if (joiners.length === 0) return [];
  return earlier.flatMap((before) => {
    const sent = topicsOf(before);
    return audienceMessages(
      toRelayedEnvelope(before),
      joiners.filter((audience) => !sent.has(audience.topic)),
    );
  });
}

/**
 * A new co-lead reads everything addressed to its state: every earlier event of the aggregates whose
 * events named the state (one may have been addressed to it by an amendment, after it began) that was
 * not sent to the agency then. Two scans of the store, so that memory does not grow with it.
 */
async function coLeadCatchUp(
  store: Store,
  end: bigint,
  state: string,
  agencies: readonly string[],
): Promise<OutgoingMessage[]> {
  const ofState = new Set<string>();
  await scanBefore(store, end, (before) => {
    if (toRelayedEnvelope(before).metadata.scope.states.includes(state)) ofState.add(before.streamId);
  });
  if (ofState.size === 0) return [];
  const messages: OutgoingMessage[] = [];
  await scanBefore(store, end, (before) => {
    if (!ofState.has(before.streamId)) return;
    const envelope = toRelayedEnvelope(before);
    const joiners: Audience[] = agencies
      .filter((agency) => !envelope.metadata.scope.agencies.includes(agency))
      .map(agencyAudience);
    messages.push(...audienceMessages(envelope, joiners));
  });
  return messages;
}

/** Every domain event before `end`, in the store's order. */
async function scanBefore(store: Store, end: bigint, visit: (event: RecordedEvent) => void): Promise<void> {
  const filter = { streamPrefixes: DOMAIN_STREAM_PREFIXES };
  for (let after: bigint | undefined = undefined; ;) {
    const page = await store.readAll({ after, maxCount: PAGE, filter });
    for (const event of page) {
      if (event.globalPosition >= end) return;
      visit(event);
    }
    if (page.length < PAGE) return;
    after = page[page.length - 1].globalPosition;
  }
}
