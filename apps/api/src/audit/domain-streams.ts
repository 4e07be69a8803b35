import { AGGREGATES, AggregateDefinition } from '../commands/aggregates';

/** The aggregate a stream belongs to, by prefix, or undefined for a stream no decider folds. */
export function aggregateOfStream(
  streamId: string,
): { definition: AggregateDefinition; id: string } | undefined {
  for (const definition of Object.values(AGGREGATES) as AggregateDefinition[]) {
    const prefix = definition.streamId('');
    if (streamId.startsWith(prefix) && streamId.length > prefix.length) {
      return { definition, id: streamId.slice(prefix.length) };
    }
  }
  return undefined;
}
