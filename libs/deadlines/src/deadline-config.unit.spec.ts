import { loadDeadlineConfig } from './deadline-config';

describe('the deadline configuration', () => {
  it('runs the process manager every 15 s by default', () => {
    expect(loadDeadlineConfig({})).toEqual({ enabled: true, tickMs: 15_000 });
  });

  it('is switched off by HSTF_DEADLINES=off, and under Jest unless switched on', () => {
    expect(loadDeadlineConfig({ HSTF_DEADLINES: 'off' }).enabled).toBe(false);
    expect(loadDeadlineConfig({ NODE_ENV: 'test' }).enabled).toBe(false);
    expect(loadDeadlineConfig({ NODE_ENV: 'test', HSTF_DEADLINES: 'on' }).enabled).toBe(true);
  });

  it('takes the tick from HSTF_DEADLINE_TICK_MS', () => {
    expect(loadDeadlineConfig({ HSTF_DEADLINE_TICK_MS: '250' }).tickMs).toBe(250);
  });

  it('refuses a bad setting, naming it', () => {
    expect(() => loadDeadlineConfig({ HSTF_DEADLINES: 'maybe', HSTF_DEADLINE_TICK_MS: '0' })).toThrow(
      /HSTF_DEADLINES: .*\n.*HSTF_DEADLINE_TICK_MS: /,
    );
  });
});
