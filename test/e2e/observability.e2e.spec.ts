import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { SseConnection } from '../../bench/feeds/sse-client';
import { startTestApi, TestApi } from '../helpers/test-api';

interface RequestLine {
  readonly msg: string;
  readonly context?: string;
  readonly correlationId?: string;
  readonly method?: string;
  readonly route?: string;
  readonly status?: number;
  readonly durationMs?: number;
  readonly sub?: string;
}

const DIRECTIVE = {
  title: 'Surge on I-35',
  body: 'Coordinate interdiction at the Laredo checkpoints.',
  priority: 'priority',
  addressees: { states: ['TX'], agencies: [] },
  authority: 'EO 14159 sec. 3(b)',
  effectiveAt: '2030-01-01T12:00:00Z',
  acknowledgeBy: '2030-01-03T12:00:00Z',
};

/**
 * What an operator reads of the API's running: one log line per request, carrying the correlation id the
 * client was answered with, and a count of every answer in /metrics, also those refused before any route
 * of ours ran (401 from the guard, 413 and 415 from the body parser, 404 for no route).
 */
describe('requests, as the logs and the metrics tell them', () => {
  let api: TestApi;
  let operator: string;
  const lines: RequestLine[] = [];
  const answers: { status: number; correlationId: string | null }[] = [];

  beforeAll(async () => {
    api = await startTestApi({ HSTF_BODY_LIMIT_BYTES: '4096' }, (line) => lines.push(JSON.parse(line)));
    operator = await api.token('operator');
    const send = async (path: string, init: RequestInit = {}) => {
      const response = await fetch(`${api.url}${path}`, init);
      await response.arrayBuffer();
      answers.push({ status: response.status, correlationId: response.headers.get('x-correlation-id') });
    };
    const json = { 'content-type': 'application/json', authorization: `Bearer ${operator}` };
    await send('/health');
    await send('/directives', { method: 'POST', headers: json, body: JSON.stringify(DIRECTIVE) });
    await send('/directives', { method: 'POST', headers: json, body: JSON.stringify({ title: 'x' }) });
    await send('/directives');
    await send('/directives', {
      method: 'POST',
      headers: { ...json, 'content-type': 'text/plain' },
      body: 'hi',
    });
    await send('/directives', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ ...DIRECTIVE, body: 'x'.repeat(8192) }),
    });
    await send('/no-such-route');
    // Refused before routing: a URL that does not decode.
    await send('/directives/%zz');
    // A feed the client leaves: it ends in 'close', never in 'finish'.
    const supervisor = await api.token('supervisor');
    const feed = await SseConnection.open(`${api.url}/feeds/command-center`, { token: supervisor });
    answers.push({ status: 200, correlationId: String(feed.headers['x-correlation-id']) });
    await feed.close();
    // Not even HTTP: Node answers on the socket alone.
    await new Promise<void>((resolve) => {
      const socket = connect(Number(new URL(api.url).port), '127.0.0.1', () =>
        socket.end('NOT HTTP\r\n\r\n'),
      );
      socket.on('close', () => resolve());
      socket.resume();
    });
  }, 60_000);

  afterAll(() => api.close());

  const requestLines = () => lines.filter((line) => line.msg === 'request');

  it('answers what each request was sent for', () => {
    expect(answers.map((answer) => answer.status)).toEqual([200, 201, 400, 401, 415, 413, 404, 400, 200]);
  });

  it('logs one line per request, with its method, route, status, duration, subject and correlation id', () => {
    const logged = requestLines();
    for (const { status, correlationId } of answers) {
      const line = logged.find((candidate) => candidate.correlationId === correlationId);
      expect(line).toMatchObject({ context: 'Http', status, method: expect.any(String) });
      // A feed stream is not timed (it lasts as long as its client); every other answer is.
      if (line?.route?.startsWith('/feeds/')) expect(line.durationMs).toBeUndefined();
      else expect(line?.durationMs).toBeGreaterThanOrEqual(0);
    }
    expect(logged.filter((line) => answers.some((a) => a.correlationId === line.correlationId))).toHaveLength(
      answers.length,
    );
    const issued = logged.find((line) => line.status === 201);
    expect(issued).toMatchObject({ method: 'POST', route: '/directives', sub: 'operator@test' });
    // The route is the template, never the URL with its ids or query.
    expect(logged.find((line) => line.status === 404)?.route).toBe('(no route)');
  });

  it('counts every answer by method, route template and status, the refusals before any route included', async () => {
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    const count = (method: string, route: string, status: number) =>
      Number(
        new RegExp(
          `^hstf_http_requests_total\\{method="${method}",route="${route.replace(/[/()]/g, '\\$&')}",status="${status}"\\} (\\d+)`,
          'm',
        ).exec(metrics)?.[1] ?? 0,
      );
    expect(count('GET', '/health', 200)).toBe(1);
    expect(count('POST', '/directives', 201)).toBe(1);
    expect(count('POST', '/directives', 400)).toBe(1);
    expect(count('GET', '/directives', 401)).toBe(1);
    expect(count('POST', '/directives', 415)).toBe(1);
    expect(count('POST', '/directives', 413)).toBe(1);
    expect(count('GET', '(no route)', 404)).toBe(1);
    expect(count('GET', '(no route)', 400)).toBe(1);
    expect(count('GET', '/feeds/command-center', 200)).toBe(1);
    expect(count('-', '(unparsed)', 400)).toBe(1);

    // A stream lasts as long as its client: counted, not timed.
    expect(metrics).not.toMatch(/hstf_http_request_duration_seconds_count\{method="GET",route="\/feeds/);
    expect(metrics).toMatch(
      /^hstf_http_request_duration_seconds_count\{method="POST",route="\/directives"\} 4$/m,
    );
  });

  // Prometheus's own linter (Debian's prometheus package; .ci/run installs it). Without it the suite says so.
  const promtool = process.env.PROMTOOL ?? '/usr/bin/promtool';
  const lint = existsSync(promtool) ? it : it.skip;
  lint('exposes metrics that `promtool check metrics` finds nothing wrong with', async () => {
    const metrics = await (await fetch(`${api.url}/metrics`)).text();
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = execFile(promtool, ['check', 'metrics'], (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
      );
      child.stdin!.end(metrics);
    });
    expect({ code, output }).toEqual({ code: 0, output: '' });
  });

  it('reads 0 lag for every projection once it has applied the last command, whatever the audit wrote since', async () => {
    const lags = async () => {
      const metrics = await (await fetch(`${api.url}/metrics`)).text();
      return [
        ...metrics.matchAll(/^hstf_(relay|projection)_lag_positions(?:\{projection="(\w+)"\})? (\d+)$/gm),
      ].map(([, what, projection, lag]) => [projection ?? what, Number(lag)] as const);
    };
    const deadline = Date.now() + 30_000;
    let seen = await lags();
    // Every scrape writes an access record after the last domain event: the lag must still come to 0.
    while (seen.some(([, lag]) => lag > 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = await lags();
    }
    // The embedded profile has no relay: its projections read the store (its lag is the relay process's).
    expect(seen.map(([name]) => name).sort()).toEqual([
      'agency_inbox',
      'feed',
      'outreach',
      'remission_ledger',
      'state_board',
      'tallies',
      'victim_services',
    ]);
    expect(seen.filter(([, lag]) => lag > 0)).toEqual([]);
  });
});
