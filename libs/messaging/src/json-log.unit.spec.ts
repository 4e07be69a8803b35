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

describe('JsonLog', () => {
  it('writes one JSON object per line with time, level, context and message', () => {
    const lines: string[] = [];
    new JsonLog('relay', 'info', (line) => lines.push(line)).warn('publish failed', { attempt: 2 });
    expect(lines).toHaveLength(1);
    expect(lines[0].endsWith('\n')).toBe(true);
    expect(JSON.parse(lines[0])).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      level: 'warn',
      context: 'relay',
      msg: 'publish failed',
      attempt: 2,
    });
  });

  it('drops what is below its level, in children too', () => {
    const lines: string[] = [];
    const log = new JsonLog('relay', 'warn', (line) => lines.push(line));
    log.log('relaying');
    log.child('kafka').debug('fetch');
    log.child('kafka').error('broker down');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ context: 'kafka', level: 'error' }),
    ]);
  });
});
