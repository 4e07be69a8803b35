import {
  COMMITMENT_STREAM_PREFIX,
  commitmentDecider,
  Decider,
  DIRECTIVE_STREAM_PREFIX,
  directiveDecider,
  Event,
  REPORT_STREAM_PREFIX,
  reportDecider,
  TASK_FORCE_STREAM_PREFIX,
  taskForceDecider,
  TASKING_STREAM_PREFIX,
  taskingDecider,
} from '@hstf/domain';

export type BoardKind = 'taskForce' | 'directive' | 'tasking' | 'commitment' | 'report';

type AnyDecider = Decider<never, Event, unknown>;

/** The aggregates a state's board shows, by stream prefix: the task force and what concerns it. */
export const BOARD_AGGREGATES: Readonly<Record<BoardKind, { prefix: string; decider: AnyDecider }>> = {
  taskForce: { prefix: TASK_FORCE_STREAM_PREFIX, decider: taskForceDecider as unknown as AnyDecider },
  directive: { prefix: DIRECTIVE_STREAM_PREFIX, decider: directiveDecider as unknown as AnyDecider },
  tasking: { prefix: TASKING_STREAM_PREFIX, decider: taskingDecider as unknown as AnyDecider },
  commitment: { prefix: COMMITMENT_STREAM_PREFIX, decider: commitmentDecider as unknown as AnyDecider },
  report: { prefix: REPORT_STREAM_PREFIX, decider: reportDecider as unknown as AnyDecider },
};

export const BOARD_STREAM_PREFIXES: readonly string[] = Object.values(BOARD_AGGREGATES).map((a) => a.prefix);

export function boardKindOf(streamId: string): BoardKind | undefined {
  return (Object.keys(BOARD_AGGREGATES) as BoardKind[]).find((kind) =>
    streamId.startsWith(BOARD_AGGREGATES[kind].prefix),
  );
}
