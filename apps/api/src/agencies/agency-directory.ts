import { upcastRecorded } from '@hstf/contracts';
import { Inject, Injectable } from '@nestjs/common';
import {
  Agency,
  AGENCY_STREAM_PREFIX,
  agencyDecider,
  AgencyEvent,
  AgencyState,
  FEDERAL_AGENCIES,
  findFederalAgency,
} from '@hstf/domain';
import { EVENT_STORE, EventStore } from '@hstf/event-store';
import { AGGREGATES } from '../commands/aggregates';
import { StreamLoader } from '../commands/stream-loader';
import { AgencyEntry } from './agency.dto';

// Pages keep memory bounded however many agencies the admins register.
const PAGE = 1000;

/**
 * The agency catalog as clients read it: the federal agencies shipped with the product, then the state and
 * local ones registered at run time, each folded from its own `agency-<CODE>` stream.
 */
@Injectable()
export class AgencyDirectory {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly loader: StreamLoader,
  ) {}

  async list(): Promise<AgencyEntry[]> {
    const registered = [...(await this.foldRegistered()).values()]
      .map(({ state, revision }) => registeredEntry(state, revision))
      .filter((entry): entry is AgencyEntry => entry !== undefined)
      .sort((a, b) => a.code.localeCompare(b.code));
    return [...FEDERAL_AGENCIES.map(federalEntry), ...registered];
  }

  async find(code: string): Promise<AgencyEntry | undefined> {
    const federal = findFederalAgency(code);
    if (federal) return federalEntry(federal);
    const stream = await this.loader.load(AGGREGATES.agency, code);
    return stream.revision === 'no_stream' ? undefined : registeredEntry(stream.state, stream.revision);
  }

  private async foldRegistered(): Promise<Map<string, { state: AgencyState; revision: bigint }>> {
    const folded = new Map<string, { state: AgencyState; revision: bigint }>();
    const filter = { streamPrefixes: [AGENCY_STREAM_PREFIX] };
    for (let after: bigint | undefined; ;) {
      const page = await this.store.readAll({ after, maxCount: PAGE, filter });
      for (const event of page.map(upcastRecorded)) {
        const current = folded.get(event.streamId)?.state ?? agencyDecider.initialState;
        const state = agencyDecider.evolve(current, { type: event.type, data: event.data } as AgencyEvent);
        folded.set(event.streamId, { state, revision: event.streamPosition });
      }
      if (page.length < PAGE) return folded;
      after = page[page.length - 1].globalPosition;
    }
  }
}

const federalEntry = (agency: Agency): AgencyEntry => ({ ...agency, origin: 'federal-catalog' });

function registeredEntry(state: AgencyState, revision: bigint): AgencyEntry | undefined {
  if (state.status !== 'registered') return undefined;
  const { code, name, kind } = state;
  const department = kind === 'state' ? 'STATE' : 'LOCAL';
  return {
    code,
    name,
    department,
    kind,
    state: state.state,
    origin: 'registered',
    revision: String(revision),
  };
}
