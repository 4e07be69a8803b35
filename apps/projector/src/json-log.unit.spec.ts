import { JsonLog } from './json-log';

function capture(level?: 'debug' | 'info' | 'warn' | 'error') {
  const lines: Record<string, unknown>[] = [];
  const log = new JsonLog('projector', level, (line) => void lines.push(JSON.parse(line)));
  return { log, lines };
}

describe('JSON logs', () => {
  it('write one object per line with time, level, context, message and fields, bigints as strings', () => {
    const { log, lines } = capture();
    log.error('batch refused', { streamId: 'tasking-1', expected: 3n });
    expect(lines).toEqual([
      {
        time: expect.any(String),
        level: 'error',
        context: 'projector',
        msg: 'batch refused',
        streamId: 'tasking-1',
        expected: '3',
      },
    ]);
  });

  it('drop lines below the level, and serve as the Kafka adapter sink under another context', () => {
    const { log, lines } = capture('warn');
    log.info('ready');
    log.child('kafka').log('joined group');
    log.child('kafka').warn('rebalancing');
    expect(lines.map((l) => [l.context, l.level, l.msg])).toEqual([['kafka', 'warn', 'rebalancing']]);
  });
});
