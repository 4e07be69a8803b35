import { ApiClient } from '../../apps/cli/src/api-client';
import { directiveBody, until } from '../../bench/feeds/feed-scenario';
import { SseConnection, SseRefused } from '../../bench/feeds/sse-client';
import { startTestApi, TestApi } from '../helpers/test-api';

/** Who may subscribe to which feed, what a stream looks like, and its heartbeat. */
describe('liaison feeds: access and the shape of a stream', () => {
  let api: TestApi;
  let operator: string;
  const streams: SseConnection[] = [];

  beforeAll(async () => {
    // The feeds read their settings from the environment, as the audit's do.
    process.env.HSTF_FEED_HEARTBEAT_MS = '200';
    api = await startTestApi();
    operator = await api.token('operator');
  }, 60_000);

  afterAll(async () => {
    await Promise.all(streams.map((stream) => stream.close()));
    await api.close();
    delete process.env.HSTF_FEED_HEARTBEAT_MS;
  });

  const open = async (path: string, token: string, lastEventId?: string) => {
    const stream = await SseConnection.open(`${api.url}${path}`, { token, lastEventId });
    streams.push(stream);
    return stream;
  };

  const refusal = (path: string, token: string, lastEventId?: string) =>
    open(path, token, lastEventId).then(
      () => {
        throw new Error(`${path} was not refused`);
      },
      (error: unknown) => {
        if (!(error instanceof SseRefused)) throw error;
        return { status: error.status, contentType: error.contentType, problem: JSON.parse(error.body) };
      },
    );

  it.each([
    ['another agency', '/feeds/agencies/DEA', { agency: 'FBI', states: ['TX'] }],
    ['a state not assigned', '/feeds/states/AZ', { agency: 'FBI', states: ['TX'] }],
    ['the command center', '/feeds/command-center', { agency: 'FBI', states: ['TX'] }],
  ])('refuses a liaison %s with 403 problem+json before the stream starts', async (_what, path, claims) => {
    const liaison = await api.token('liaison', claims);
    const { status, contentType, problem } = await refusal(path, liaison);
    expect(status).toBe(403);
    expect(contentType).toMatch(/^application\/problem\+json/);
    expect(problem).toMatchObject({ status: 403, code: 'FEED_NOT_YOURS' });
  });

  it('refuses a missing token with 401, and a malformed code, state or Last-Event-ID with 400', async () => {
    const supervisor = await api.token('supervisor');
    expect((await refusal('/feeds/agencies/FBI', 'not-a-token')).status).toBe(401);
    for (const [path, lastEventId, field] of [
      ['/feeds/agencies/fbi', undefined, 'code'],
      ['/feeds/states/XX', undefined, 'state'],
      ['/feeds/agencies/FBI', 'yesterday', 'Last-Event-ID'],
      ['/feeds/agencies/FBI?lastEventId=1e9', undefined, 'lastEventId'],
    ] as const) {
      const { status, problem } = await refusal(path, supervisor, lastEventId);
      expect({ path, status, fields: problem.errors.map((e: { field: string }) => e.field) }).toEqual({
        path,
        status: 400,
        fields: [field],
      });
    }
  });

  it("streams a liaison's own agency and assigned states, and any feed to the command center", async () => {
    const liaison = await api.token('liaison', { agency: 'FBI', states: ['TX'] });
    const supervisor = await api.token('supervisor');
    const auditor = await api.token('auditor');
    const feeds = [
      await open('/feeds/agencies/FBI', liaison),
      await open('/feeds/states/TX', liaison),
      await open('/feeds/agencies/DEA', supervisor),
      await open('/feeds/command-center', supervisor),
      await open('/feeds/command-center', auditor),
      await open('/feeds/command-center', operator),
    ];
    const answer = await new ApiClient(api.url).post(
      '/directives',
      operator,
      directiveBody('Surge on I-35', { states: ['TX'], agencies: ['FBI', 'DEA'] }),
    );
    await until(() => feeds.every((feed) => feed.events.length === 1), 'the directive on every feed');
    for (const feed of feeds) expect(feed.events[0].id).toBe(answer.position);
  });

  it('sends text/event-stream, uncached and unbuffered, each item with its position, type, summary and data', async () => {
    const liaison = await api.token('liaison', { agency: 'CBP' });
    const feed = await open('/feeds/agencies/CBP', liaison);
    expect(feed.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(feed.headers['cache-control']).toBe('no-cache, no-transform');
    expect(feed.headers['x-accel-buffering']).toBe('no');
    const answer = await new ApiClient(api.url).post(
      '/directives',
      operator,
      directiveBody('Screen southbound rail freight', { states: [], agencies: ['CBP'] }),
    );
    const item = await feed.waitFor((event) => event.event === 'DirectiveIssued');
    expect(item.id).toBe(answer.position);
    expect(JSON.parse(item.data)).toEqual({
      position: answer.position,
      type: 'DirectiveIssued',
      summary: "Directive 'Screen southbound rail freight' issued to CBP (ack by 2030-01-03 12:00 UTC)",
      streamId: `directive-${answer.id}`,
      eventId: expect.any(String),
      occurredAt: expect.any(String),
      recordedAt: expect.any(String),
      data: expect.objectContaining({ directiveId: answer.id, title: 'Screen southbound rail freight' }),
    });
  });

  it('beats a heartbeat comment on an idle stream at the configured interval', async () => {
    const liaison = await api.token('liaison', { agency: 'USMS' });
    const feed = await open('/feeds/agencies/USMS', liaison);
    await until(() => feed.comments.filter((c) => c === 'heartbeat').length >= 2, 'two heartbeats', 3000);
    expect(feed.comments[0]).toBe('agency:USMS feed, live');
  });

  it("keeps the audit's own records (every request writes one) out of the command center feed", async () => {
    const supervisor = await api.token('supervisor');
    const feed = await open('/feeds/command-center', supervisor, '-1');
    const answer = await new ApiClient(api.url).post(
      '/directives',
      operator,
      directiveBody('Audit records stay out', { states: ['FL'], agencies: [] }),
    );
    await feed.waitFor((event) => event.id === answer.position);
    expect(feed.events.map((event) => event.event)).not.toContain('AccessRecorded');
    expect(feed.events.map((event) => event.event).every((type) => type === 'DirectiveIssued')).toBe(true);
  });

  // Last: the task force it establishes would be an item of the command center feed the tests above read.
  it('opens the feed of a state to a liaison of its co-lead agency, though its token does not name the state', async () => {
    const established = await new ApiClient(api.url).post('/task-forces', operator, {
      state: 'AZ',
      dojCoLead: 'FBI',
      dhsCoLead: 'ICE-HSI',
    });
    // The co-leads are read from the state board: wait until it has the task force.
    const board = await api
      .http()
      .get(`/task-forces/AZ/board?minPosition=${established.position}`)
      .set('authorization', `Bearer ${operator}`);
    expect(board.status).toBe(200);
    const hsi = await api.token('liaison', { agency: 'ICE-HSI' });
    expect((await open('/feeds/states/AZ', hsi)).events).toEqual([]);
    expect(await refusal('/feeds/states/NM', hsi)).toMatchObject({ status: 403 });
  });
});
