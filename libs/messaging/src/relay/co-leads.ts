import { CoLeadDepartment, TASK_FORCE_STREAM_PREFIX, TaskForceEvent } from '@hstf/domain';
import type { EventStore, RecordedEvent } from '@hstf/event-store';

const PAGE = 500;

/**
 * The co-lead agencies of each state's task force, as of the event the relay is routing. A directive or a
 * tasking addressed to a state goes to its co-leads' topics too: they acknowledge and act for the state,
 * and their agency's principal may read its own topic only. Folded from the TaskForce events in the
 * store's order, so an event is routed with the co-leads of its moment.
 */
export class CoLeads {
  private readonly byState = new Map<string, Partial<Record<CoLeadDepartment, string>>>();

  /** The co-leads as of `checkpoint` (nothing before the first event): what a session starts from. */
  static async asOf(store: Pick<EventStore, 'readAll'>, checkpoint: bigint | undefined): Promise<CoLeads> {
    const coLeads = new CoLeads();
    if (checkpoint === undefined) return coLeads;
    const filter = { streamPrefixes: [TASK_FORCE_STREAM_PREFIX] };
    for (let after: bigint | undefined = undefined; ;) {
      const page = await store.readAll({ after, maxCount: PAGE, filter });
      for (const event of page) {
        if (event.globalPosition > checkpoint) return coLeads;
        coLeads.follow(event);
      }
      if (page.length < PAGE) return coLeads;
      after = page[page.length - 1].globalPosition;
    }
  }

  /** Takes in an event of any stream; only a task force's establishment and co-lead designations count. */
  follow(event: Pick<RecordedEvent, 'type' | 'data' | 'streamId'>): void {
    if (!event.streamId.startsWith(TASK_FORCE_STREAM_PREFIX)) return;
    // TaskForce events have one schema version so far: the stored data is the current shape.
    const known = { type: event.type, data: event.data } as TaskForceEvent;
    if (known.type === 'TaskForceEstablished') {
      const { state, dojCoLead, dhsCoLead } = known.data;
      this.byState.set(state, { DOJ: dojCoLead, DHS: dhsCoLead });
    } else if (known.type === 'CoLeadDesignated') {
      const { state, department, agency } = known.data;
      this.byState.set(state, { ...this.byState.get(state), [department]: agency });
    }
  }

  /** The co-lead agencies of these states, each once. */
  of(states: readonly string[]): string[] {
    const agencies = new Set<string>();
    for (const state of states) {
      for (const agency of Object.values(this.byState.get(state) ?? {})) agencies.add(agency);
    }
    return [...agencies];
  }
}
