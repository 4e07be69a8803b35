import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import type { EventStore, RecordedEvent } from '@hstf/event-store';
import { OutgoingMessage } from '../port';
import type { CoLeads } from './co-leads';
import { agencyAudience, Audience, audienceMessages, audiencesOf } from './event-messages';
import { toRelayedEnvelope } from './relayed-envelope';

const PAGE = 500;

type Store = Pick<EventStore, 'readStream' | 'readAll'>;

/**
 * What an audience that joins late must receive before the event that lets it in, so that its system can
 * rebuild what it now reads: the earlier events it was not sent, each as it may read it, in their order.
 * An audience joins an aggregate by an amendment that adds an addressee, or a reassignment to a new lead;
 * it joins a whole state's task force by a co-lead designation. Only these event types widen an audience,
 * so only they cost a read of the store. Earlier events keep their ids: a consumer that already had one
 * (it was in an earlier scope) skips it as a re-delivery.
 */
export async function lateAudienceMessages(
  store: Store,
  event: RecordedEvent,
  coLeads: Pick<CoLeads, 'of'>,
): Promise<OutgoingMessage[]> {
  if (event.type === 'DirectiveAmended' || event.type === 'TaskingReassigned') {
    return streamCatchUp(store, event, coLeads);
  }
  if (event.type === 'CoLeadDesignated') return coLeadCatchUp(store, event);
  return [];
}

async function streamCatchUp(
  store: Store,
  event: RecordedEvent,
  coLeads: Pick<CoLeads, 'of'>,
): Promise<OutgoingMessage[]> {
  if (event.streamPosition === 0n) return [];
  const now = audiencesOf(toRelayedEnvelope(event).metadata.scope, coLeads);
  const earlier = await store.readStream(event.streamId, { maxCount: Number(event.streamPosition) });
  return earlier.flatMap((before) => {
    const envelope = toRelayedEnvelope(before);
    const sent = new Set(audiencesOf(envelope.metadata.scope, coLeads).map((audience) => audience.topic));
    return audienceMessages(
      envelope,
      now.filter((audience) => !sent.has(audience.topic)),
    );
  });
}

/** A new co-lead reads everything addressed to its state: every earlier event of the state not sent to it. */
async function coLeadCatchUp(store: Store, event: RecordedEvent): Promise<OutgoingMessage[]> {
  const { state, agency } = event.data as { state: string; agency: string };
  const joiner: Audience = agencyAudience(agency);
  const messages: OutgoingMessage[] = [];
  const filter = { streamPrefixes: DOMAIN_STREAM_PREFIXES };
  for (let after: bigint | undefined = undefined; ;) {
    const page = await store.readAll({ after, maxCount: PAGE, filter });
    for (const before of page) {
      if (before.globalPosition >= event.globalPosition) return messages;
      const { scope } = toRelayedEnvelope(before).metadata;
      if (scope.states.includes(state) && !scope.agencies.includes(agency)) {
        messages.push(...audienceMessages(toRelayedEnvelope(before), [joiner]));
      }
    }
    if (page.length < PAGE) return messages;
    after = page[page.length - 1].globalPosition;
  }
}
