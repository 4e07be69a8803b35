import { eventTypeFilter, excludeSystemEvents, streamNameFilter } from '@eventstore/db-client';
import { isSystemEventType, matchesResidual, serverFilter } from './all-filter';

describe('EventStoreDB $all filters', () => {
  it('sends event type prefixes to the server', () => {
    expect(serverFilter({ eventTypePrefixes: ['Directive', 'Tasking'] })).toEqual(
      eventTypeFilter({ prefixes: ['Directive', 'Tasking'] }),
    );
  });

  it('sends stream prefixes to the server when no type prefix is given', () => {
    expect(serverFilter({ streamPrefixes: ['directive-'] })).toEqual(
      streamNameFilter({ prefixes: ['directive-'] }),
    );
  });

  it('excludes system events on the server when nothing is filtered, empty lists included', () => {
    expect(serverFilter(undefined)).toEqual(excludeSystemEvents());
    expect(serverFilter({ eventTypePrefixes: [], streamPrefixes: [] })).toEqual(excludeSystemEvents());
  });

  it('passes the checkpoint hook to the server filter', () => {
    const checkpointReached = jest.fn();
    expect(serverFilter({ streamPrefixes: ['tasking-'] }, { checkpointReached })).toMatchObject({
      filterOn: 'streamName',
      checkpointReached,
    });
  });

  it('checks stream prefixes here when type prefixes went to the server', () => {
    const filter = { eventTypePrefixes: ['Directive'], streamPrefixes: ['directive-'] };
    expect(serverFilter(filter)).toMatchObject({ filterOn: 'eventType', prefixes: ['Directive'] });
    expect(matchesResidual(filter, { type: 'DirectiveIssued', streamId: 'directive-7' })).toBe(true);
    expect(matchesResidual(filter, { type: 'DirectiveIssued', streamId: 'archive-directive-7' })).toBe(false);
  });

  it('never lets a system event through, whatever the filter', () => {
    expect(isSystemEventType('$metadata')).toBe(true);
    expect(isSystemEventType('DirectiveIssued')).toBe(false);
    expect(matchesResidual(undefined, { type: '$>', streamId: '$ce-directive' })).toBe(false);
    expect(
      matchesResidual({ streamPrefixes: ['directive-'] }, { type: '$metadata', streamId: 'directive-1' }),
    ).toBe(false);
  });
});
