import { ProjectedEvent } from '../events/projected-event';
import { TableDefinition } from '../tables/table-definition';
import { ReadModelWriter } from './read-model-writer';

/**
 * A read model: its tables and how an event changes them. The logic of `apply` is pure functions over
 * rows (see rows/, feed/, inbox/); `apply` itself only loads the rows they need and saves what they return.
 * The runner owns everything else: transactions, checkpoints, duplicates, stream order, table sets.
 */
export interface Projection {
  /** Lower-case identifier; also the schema of the views queries read (`state_board.taskings`). */
  readonly name: string;
  /**
   * Version of the tables and of the logic writing them. A build with another version than the live
   * table set's refuses to write into it: `hstf projections rebuild <name>` builds the new version aside.
   */
  readonly version: number;
  readonly tables: readonly TableDefinition[];
  apply(event: ProjectedEvent, writer: ReadModelWriter): Promise<void>;
}
