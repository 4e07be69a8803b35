import { AGENCY_STREAM_PREFIX, agencyCodeOf } from '@hstf/domain';
import type { EventStore } from '@hstf/event-store';

const PAGE = 1000;

/**
 * The codes of the state and local agencies registered at run time, from their `agency-<CODE>` streams
 * (an agency stays registered once it is: there is no event that unregisters one).
 */
export async function registeredAgencyCodes(store: EventStore): Promise<string[]> {
  const codes = new Set<string>();
  const filter = { streamPrefixes: [AGENCY_STREAM_PREFIX] };
  for (let after: bigint | undefined; ;) {
    const page = await store.readAll({ after, maxCount: PAGE, filter });
    for (const event of page) {
      const code = agencyCodeOf(event.streamId);
      if (event.type === 'AgencyRegistered' && code !== undefined) codes.add(code);
    }
    if (page.length < PAGE) return [...codes].sort();
    after = page[page.length - 1].globalPosition;
  }
}
