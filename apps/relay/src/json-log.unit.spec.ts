import { JsonLog } from './json-log';

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
