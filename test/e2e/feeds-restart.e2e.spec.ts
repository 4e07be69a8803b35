import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateLocalKey, mintToken } from '@hstf/auth';
import { createApi, RunningApi } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { JsonLogger } from '../../apps/api/src/observability/json-logger';
import { ApiClient, CommandAnswer } from '../../apps/cli/src/api-client';
import { Addressees, directiveBody, until } from '../../bench/feeds/feed-scenario';
import { SseConnection } from '../../bench/feeds/sse-client';

interface Listening {
  readonly api: RunningApi;
  readonly url: string;
  readonly port: number;
}

/** The API as `npm start` runs it on a data directory that outlives it, listening on a real port. */
async function startOn(dataDir: string, port = 0): Promise<Listening> {
  const config = loadConfig({ HSTF_DATA_DIR: dataDir, LOG_LEVEL: 'error' });
  const api = await createApi(config, new JsonLogger('error', () => undefined));
  await api.app.listen(port, '127.0.0.1');
  const url = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
  return { api, url, port: Number(new URL(url).port) };
}

const FBI_AND_TEXAS: Addressees = { states: ['TX'], agencies: ['FBI'] };

describe('a liaison feed across an API restart (embedded profile)', () => {
  let dataDir: string;
  let running: Listening;
  let operator: string;
  let fbi: string;
  const streams: SseConnection[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hstf-feeds-restart-'));
    running = await startOn(dataDir);
    const key = await loadOrCreateLocalKey(dataDir);
    operator = await mintToken(key, { sub: 'operator@test', roles: ['operator'], states: [] });
    fbi = await mintToken(key, { sub: 'fbi@test', roles: ['liaison'], agency: 'FBI', states: [] });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(streams.map((stream) => stream.close()));
    await running.api.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const issue = (title: string, addressees: Addressees = FBI_AND_TEXAS): Promise<CommandAnswer> =>
    new ApiClient(running.url).post('/directives', operator, directiveBody(title, addressees));

  const open = async (path: string, lastEventId?: string): Promise<SseConnection> => {
    const stream = await SseConnection.open(`${running.url}${path}`, { token: fbi, lastEventId });
    streams.push(stream);
    return stream;
  };

  const ids = (stream: SseConnection) => stream.events.map((event) => event.id);
  const titles = (stream: SseConnection) =>
    stream.events.map((event) => (JSON.parse(event.data) as { data: { title: string } }).data.title);

  it('delivers, after a reconnect with Last-Event-ID, exactly what was issued while disconnected and across the restart', async () => {
    const first = await open('/feeds/agencies/FBI');
    const before = [
      await issue('Before 1'),
      await issue('Before 2', { states: [], agencies: ['FBI', 'DEA'] }),
    ];
    await issue('Not for the FBI', { states: ['AZ'], agencies: ['DEA'] });
    await until(() => first.events.length >= 2, 'the first two directives');
    expect(ids(first)).toEqual(before.map((answer) => answer.position));

    // A second stream is open when the API stops: the stop ends it.
    const cut = await open('/feeds/agencies/FBI');
    await first.close();
    const whileAway = await issue('While disconnected');
    await until(() => cut.events.length >= 1, 'the directive issued while the first client was away');
    await running.api.close();
    await cut.ended;

    running = await startOn(dataDir, running.port);
    const afterRestart = await issue('After the restart');
    const resumed = await open('/feeds/agencies/FBI', first.lastEventId);
    const live = await issue('Live after the resume');
    // Items arrive in order, so once the last one is in, a repeat or a stray item would be in too.
    const sentinel = await issue('Sentinel');
    await resumed.waitFor((event) => event.id === sentinel.position);
    expect(ids(resumed)).toEqual([whileAway, afterRestart, live, sentinel].map((answer) => answer.position));
    expect(titles(resumed)).toEqual([
      'While disconnected',
      'After the restart',
      'Live after the resume',
      'Sentinel',
    ]);

    // The stream the stop cut resumes too, through ?lastEventId= as a client without headers would.
    expect(ids(cut)).toEqual([whileAway.position]);
    const viaQuery = await open(`/feeds/agencies/FBI?lastEventId=${cut.lastEventId}`);
    await viaQuery.waitFor((event) => event.id === sentinel.position);
    expect(ids(viaQuery)).toEqual([afterRestart.position, live.position, sentinel.position]);
  }, 90_000);
});
