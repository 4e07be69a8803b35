import { fromReadModel, ReadModelQueries } from '@hstf/projections';

export interface ReadModelHealth {
  /** Per projection: the position applied, the set being rebuilt, and how many events it is missing. */
  readonly projections: Record<
    string,
    { position: string; rebuildingInto: string | null; deadLetters: number }
  >;
  /** Each event a projection could not apply: what `/health` names while it says `degraded`. */
  readonly deadLetters: readonly {
    projection: string;
    eventId: string;
    position: string;
    streamId: string;
    type: string;
    error: string;
    attempts: number;
    deadLetteredAt: string;
  }[];
}

/**
 * What `/health` says of the read models. No caught-up flag: the store's head may be an audit record,
 * which no projection applies. Dead letters do not make the read models down (they answer, and keep up
 * with later events), but they are missing those events: the API reports itself degraded meanwhile.
 */
export async function readModelHealth(readModels: ReadModelQueries): Promise<ReadModelHealth> {
  const [statuses, letters] = await Promise.all([
    fromReadModel('projection catalog', () => readModels.statuses()),
    readModels.deadLetters(),
  ]);
  const projections = Object.fromEntries(
    statuses.map((s) => [
      s.projection,
      {
        position: String(s.position),
        rebuildingInto: s.rebuildingInto,
        deadLetters: letters.filter((l) => l.projection === s.projection).length,
      },
    ]),
  );
  const deadLetters = letters.map((l) => ({
    projection: l.projection,
    eventId: l.eventId,
    position: String(l.position),
    streamId: l.streamId,
    type: l.type,
    error: l.error,
    attempts: l.attempts,
    deadLetteredAt: l.deadLetteredAt,
  }));
  return { projections, deadLetters };
}
