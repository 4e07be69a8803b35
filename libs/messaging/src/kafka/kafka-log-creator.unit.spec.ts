import { logLevel } from 'kafkajs';
import { kafkaLogCreator } from './kafka-log-creator';

function setup() {
  const sink = { error: jest.fn(), warn: jest.fn(), log: jest.fn(), debug: jest.fn() };
  let now = 0;
  const log = kafkaLogCreator(sink, () => now)(logLevel.DEBUG);
  const entry = (namespace: string, level: logLevel, message: string, extra: Record<string, unknown> = {}) =>
    log({ namespace, level, label: '', log: { timestamp: '', message, ...extra } });
  return { sink, entry, advance: (ms: number) => (now += ms) };
}

describe('kafkajs log routing', () => {
  it('writes each level to the matching sink method with its useful details', () => {
    const { sink, entry } = setup();
    entry('Consumer', logLevel.INFO, 'Starting', { groupId: 'projector', correlationId: 7 });
    entry('Producer', logLevel.WARN, 'Retrying', { retryCount: 2 });
    entry('Consumer', logLevel.ERROR, 'Crash', { error: 'boom', groupId: 'projector' });
    entry('Cluster', logLevel.DEBUG, 'Metadata refreshed');
    expect(sink.log).toHaveBeenCalledWith('[Consumer] Starting (groupId=projector)');
    expect(sink.warn).toHaveBeenCalledWith('[Producer] Retrying (retryCount=2)');
    expect(sink.error).toHaveBeenCalledWith('[Consumer] Crash (error=boom, groupId=projector)');
    expect(sink.debug).toHaveBeenCalledWith('[Cluster] Metadata refreshed');
  });

  it('reports error responses the client retries itself as warnings', () => {
    const { sink, entry } = setup();
    entry('Connection', logLevel.ERROR, 'Response InitProducerId(key: 22, version: 1)', {
      error: 'The coordinator is loading and hence cannot process requests',
      broker: '127.0.0.1:9092',
    });
    expect(sink.error).not.toHaveBeenCalled();
    expect(sink.warn).toHaveBeenCalledWith(
      '[Connection] Response InitProducerId(key: 22, version: 1) ' +
        '(error=The coordinator is loading and hence cannot process requests, broker=127.0.0.1:9092)',
    );
  });

  it('prints a repeated line once per 30 s window, then says how often it repeated', () => {
    const { sink, entry, advance } = setup();
    for (let i = 0; i < 50; i++) {
      entry('Connection', logLevel.ERROR, 'Connection error', { error: 'ECONNREFUSED', correlationId: i });
      advance(100);
    }
    expect(sink.warn).toHaveBeenCalledTimes(1);
    advance(30_000);
    entry('Connection', logLevel.ERROR, 'Connection error', { error: 'ECONNREFUSED' });
    expect(sink.warn).toHaveBeenCalledTimes(2);
    expect(sink.warn).toHaveBeenLastCalledWith(
      '[Connection] Connection error (error=ECONNREFUSED) [repeated 49 times]',
    );
  });

  it('does not hold back the same line about another group', () => {
    const { sink, entry } = setup();
    entry('ConsumerGroup', logLevel.INFO, 'Consumer has joined the group', { groupId: 'board' });
    entry('ConsumerGroup', logLevel.INFO, 'Consumer has joined the group', { groupId: 'inbox' });
    expect(sink.log).toHaveBeenCalledTimes(2);
  });

  it('does not hold back a different error from the same place', () => {
    const { sink, entry } = setup();
    entry('Producer', logLevel.ERROR, 'Failed to send', { error: 'timeout' });
    entry('Producer', logLevel.ERROR, 'Failed to send', { error: 'not leader' });
    expect(sink.error).toHaveBeenCalledTimes(2);
  });
});
