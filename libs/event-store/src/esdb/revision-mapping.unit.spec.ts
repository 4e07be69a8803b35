import {
  ANY,
  NO_STREAM,
  StreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { StreamNotFound, WrongExpectedRevision } from '../port';
import {
  fromEsdbCurrentRevision,
  mapAppendError,
  mapReadError,
  toEsdbExpectedRevision,
} from './revision-mapping';

describe('EventStoreDB revision and error mapping', () => {
  it('maps our expected revisions to the client constants and revisions', () => {
    expect(toEsdbExpectedRevision('no_stream')).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision('any')).toBe(ANY);
    expect(toEsdbExpectedRevision(41n)).toBe(41n);
  });

  it('turns a wrong expected version into WrongExpectedRevision carrying the actual revision', () => {
    const conflict = new WrongExpectedVersionError(undefined, {
      streamName: 'directive-1',
      expected: 3n,
      current: 7n,
    });
    const mapped = mapAppendError(conflict, 'directive-1', 3n);
    expect(mapped).toBeInstanceOf(WrongExpectedRevision);
    expect(mapped).toMatchObject({ streamId: 'directive-1', expected: 3n, actual: 7n });
  });

  it("reports a stream that does not exist as 'no_stream'", () => {
    const conflict = new WrongExpectedVersionError(undefined, {
      streamName: 'tasking-9',
      expected: 0n,
      current: NO_STREAM,
    });
    expect(mapAppendError(conflict, 'tasking-9', 0n)).toMatchObject({ expected: 0n, actual: 'no_stream' });
    expect(fromEsdbCurrentRevision(-1n)).toBe('no_stream');
    expect(fromEsdbCurrentRevision(0n)).toBe(0n);
  });

  it('leaves transport errors of an append untouched', () => {
    const unavailable = new UnavailableError();
    expect(mapAppendError(unavailable, 'directive-1', 'any')).toBe(unavailable);
  });

  it('reads a missing or deleted stream as StreamNotFound', () => {
    expect(mapReadError(new StreamNotFoundError(undefined, 'report-4'), 'report-4')).toEqual(
      new StreamNotFound('report-4'),
    );
    expect(mapReadError(StreamDeletedError.fromStreamName('report-4'), 'report-4')).toBeInstanceOf(
      StreamNotFound,
    );
    const unavailable = new UnavailableError();
    expect(mapReadError(unavailable, 'report-4')).toBe(unavailable);
  });
});
