import {
  commitmentDecider,
  CommitmentState,
  directiveDecider,
  DirectiveState,
  taskForceDecider,
  TaskForceState,
  taskingDecider,
  TaskingState,
} from '@hstf/domain';
import type { EventStore, RecordedEvent } from '@hstf/event-store';

/*
 * The aggregates as a plain fold of the event store through the deciders' own evolve, computed without
 * any of the projection code: what the expected read models are derived from.
 */

export interface Folded {
  readonly events: readonly RecordedEvent[];
  readonly taskForces: Map<string, TaskForceState>;
  readonly taskings: Map<string, TaskingState>;
  readonly directives: Map<string, DirectiveState>;
  readonly commitments: Map<string, CommitmentState>;
}

export const OPEN = ['assigned', 'accepted', 'in_progress', 'declined'];
export const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function foldInto<S, E>(map: Map<string, S>, key: string, evolve: (s: S, e: E) => S, initial: S, event: E) {
  map.set(key, evolve(map.get(key) ?? initial, event));
}

export async function foldStore(store: EventStore): Promise<Folded> {
  const events = await store.readAll({ maxCount: 1_000_000 });
  const folded: Folded = {
    events,
    taskForces: new Map(),
    taskings: new Map(),
    directives: new Map(),
    commitments: new Map(),
  };
  for (const recorded of events) {
    const event = { type: recorded.type, data: recorded.data } as never;
    const [prefix, ...rest] = recorded.streamId.split('-');
    const key = rest.join('-');
    if (prefix === 'taskforce')
      foldInto(folded.taskForces, key, taskForceDecider.evolve, taskForceDecider.initialState, event);
    if (prefix === 'tasking')
      foldInto(folded.taskings, key, taskingDecider.evolve, taskingDecider.initialState, event);
    if (prefix === 'directive')
      foldInto(folded.directives, key, directiveDecider.evolve, directiveDecider.initialState, event);
    if (prefix === 'commitment')
      foldInto(folded.commitments, key, commitmentDecider.evolve, commitmentDecider.initialState, event);
  }
  return folded;
}

export type Known<S, Excluded> = Exclude<S, Excluded>;
export const known = <S extends { status: string }, X extends S>(map: Map<string, S>, none: X['status']) =>
  [...map.entries()].filter(([, s]) => s.status !== none) as [string, Known<S, X>][];
