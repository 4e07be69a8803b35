import { ApiClient } from '../../apps/cli/src/api-client';
import { runDemo } from '../../apps/cli/src/demo/demo-scenario';
import { DOMAIN_STREAM_PREFIXES } from '@hstf/domain';
import { allEvents, startTestApi, TestApi } from '../helpers/test-api';

/**
 * The read models of the embedded profile, filled by the in-process relay and projector from the demo
 * scenario, and read with minPosition (read-your-writes).
 */
jest.setTimeout(30_000);

describe('read models over HTTP', () => {
  let api: TestApi;
  let head: string;
  let supervisor: string;

  beforeAll(async () => {
    api = await startTestApi({ HSTF_READ_WAIT_MS: '5000' });
    const tokenFor = (role: string, agency?: string) => api.token(role as never, { agency });
    await runDemo(new ApiClient(api.url), tokenFor, 'read-models', () => undefined);
    // The position of the last domain event, as a command answers it: the store's head may be an access
    // record of the audit log, which no read model applies.
    const domainEvents = (await allEvents(api.store)).filter((e) =>
      DOMAIN_STREAM_PREFIXES.some((p) => e.streamId.startsWith(p)),
    );
    head = String(domainEvents[domainEvents.length - 1].globalPosition);
    supervisor = await api.token('supervisor');
  }, 120_000);

  afterAll(() => api.close());

  const get = (path: string, token: string) => api.http().get(path).set('authorization', `Bearer ${token}`);

  it('shows a state board once the projection reached the position a command answered', async () => {
    const response = await get(`/task-forces/TX/board?minPosition=${head}`, supervisor).expect(200);
    expect(response.body.taskForce.coLeads).toEqual({ DOJ: 'USAO', DHS: 'ICE-HSI' });
    expect(response.body.taskForce.members.map((m: { agency: string }) => m.agency)).toEqual(
      expect.arrayContaining(['USAO', 'ICE-HSI', 'FBI', 'DEA', 'CBP', 'TX-DPS']),
    );
    expect(response.body.openTaskings.in_progress).toHaveLength(1);
    expect(response.body.openTaskings.in_progress[0]).toMatchObject({
      leadAgency: 'FBI',
      title: 'Disrupt stash houses along I-35',
    });
  });

  it("shows an agency's inbox to its own liaison with the directives addressed to it", async () => {
    const fbi = await api.token('liaison', { agency: 'FBI' });
    const response = await get(`/agencies/FBI/inbox?minPosition=${head}`, fbi).expect(200);
    expect(JSON.stringify(response.body)).toContain('Winter surge against human-smuggling networks');
  });

  it("refuses another agency's inbox to a liaison with 403", async () => {
    const dea = await api.token('liaison', { agency: 'DEA' });
    const response = await get('/agencies/FBI/inbox', dea).expect(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('tallies the demo operation per tier, the arrest two agencies reported once, each figure traced to its events', async () => {
    const tally = (await get(`/tallies/national?minPosition=${head}`, supervisor).expect(200)).body;
    expect(tally.tiers.reported.arrests).toBe(4);
    expect(tally.tiers.charged.arrests).toBe(3);
    expect(tally.tiers.courtVerified.arrests).toBe(2);
    expect(tally.tiers.reported.seizures).toMatchObject({
      drugsKg: { fentanyl: 4.2 },
      firearms: 3,
      currencyUsd: 48500,
    });
    expect(tally.tiers.courtVerified.seizures).toMatchObject({
      drugsKg: { fentanyl: 4.2 },
      firearms: 3,
      currencyUsd: 0,
    });
    const shared = tally.sources.items.find((s: { incident: string }) => s.incident.endsWith('-000101'));
    // Its arrest reported by the FBI and the Texas DPS, its fentanyl seizure by the DEA: one incident.
    expect(shared).toMatchObject({ tier: 'courtVerified', reportedBy: ['FBI', 'TX-DPS', 'DEA'] });
    expect(tally.sources.items).toHaveLength(4);
    // Each agency's tally counts what it reported: the DEA its seizures and no arrest.
    const dea = (await get(`/tallies/agencies/DEA?minPosition=${head}`, supervisor).expect(200)).body;
    expect(dea.tiers.reported).toMatchObject({
      arrests: 0,
      seizures: { drugsKg: { fentanyl: 4.2 }, firearms: 3 },
    });
    const texas = (await get(`/tallies/agencies/TX-DPS?minPosition=${head}`, supervisor).expect(200)).body;
    expect(texas.tiers.reported.arrests).toBe(2);
    // Every event behind the incident is one of its report's stream, as the audit reads it.
    const auditor = await api.token('auditor');
    const history = (await get(`/audit/streams/report-${shared.reports[0]}`, auditor).expect(200)).body;
    const ids = new Set(
      JSON.stringify(history).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g),
    );
    expect(shared.eventIds.length).toBeGreaterThanOrEqual(5);
    for (const id of shared.eventIds) expect(ids.has(id)).toBe(true);
  });

  it('shows a supervisor the demo referrals of Texas by channel and status', async () => {
    const body = (await get(`/victim-services/summary?state=TX&minPosition=${head}`, supervisor).expect(200))
      .body;
    expect(body.states).toEqual([
      expect.objectContaining({
        state: 'TX',
        total: 3,
        channels: {
          'victim-services': { made: 0, accepted: 0, in_progress: 1, closed: 0 },
          remission: { made: 1, accepted: 0, in_progress: 0, closed: 0 },
          restitution: { made: 0, accepted: 1, in_progress: 0, closed: 0 },
        },
      }),
    ]);
  });

  it('shows a supervisor the remission ledger by tier, and the campaign tip that became a tasking', async () => {
    const ledger = (await get(`/remission/ledger?minPosition=${head}`, supervisor).expect(200)).body;
    expect(ledger.totals).toEqual({
      seized: 2_000_000.5,
      forfeited: 1_800_000,
      inPool: 1_000_000,
      granted: 25_000,
      paid: 25_000,
    });
    const campaigns = (await get(`/outreach/campaigns?state=TX&minPosition=${head}`, supervisor).expect(200))
      .body;
    const [campaign] = campaigns.campaigns.items;
    expect(campaign).toMatchObject({
      name: 'Texas Eagle stations QR posters',
      partners: ['AMTRAK-PD', 'FAMS'],
    });
    const tasking = (
      await get(`/taskings?state=TX&minPosition=${head}`, supervisor).expect(200)
    ).body.items.find((t: { title: string }) => t.title === 'Follow up the San Antonio station tip');
    expect(campaign.linked).toEqual([expect.objectContaining({ taskingId: tasking.taskingId })]);
  });

  it('lets a liaison read the boards of its assigned states only', async () => {
    const texan = await api.token('liaison', { agency: 'TX-DPS', states: ['TX'] });
    await get(`/task-forces/TX/board?minPosition=${head}`, texan).expect(200);
    await get('/task-forces/AZ/board', texan).expect(403);
  });

  it('gives the command center a national overview with support pledged against delivered', async () => {
    const response = await get(`/overview?minPosition=${head}`, supervisor).expect(200);
    const states = response.body.states.map((s: { state: string }) => s.state);
    expect(states).toEqual(expect.arrayContaining(['TX', 'AZ', 'FL', 'IL', 'CA']));
    const ca = response.body.states.find((s: { state: string }) => s.state === 'CA');
    expect(ca.commitments).toEqual([
      expect.objectContaining({ kind: 'operational-support', pledged: 6, delivered: 6 }),
    ]);
    const liaison = await api.token('liaison', { agency: 'FBI' });
    await get('/overview', liaison).expect(403);
  });

  it('lists taskings by state and status, and directives awaiting an addressee, in pages', async () => {
    const open = await get(`/taskings?state=FL&status=open&minPosition=${head}`, supervisor).expect(200);
    expect(open.body.items).toEqual([expect.objectContaining({ leadAgency: 'FBI', status: 'assigned' })]);
    const firstPage = await get('/taskings?limit=1', supervisor).expect(200);
    expect(firstPage.body.items).toHaveLength(1);
    const secondPage = await get(`/taskings?limit=1&after=${firstPage.body.next}`, supervisor).expect(200);
    expect(secondPage.body.items[0].taskingId).not.toBe(firstPage.body.items[0].taskingId);
    const awaiting = await get('/directives?addressee=DEA&awaiting=true', supervisor).expect(200);
    expect(awaiting.body.items.map((d: { title: string }) => d.title)).toEqual([
      'Winter surge against human-smuggling networks',
    ]);
  });

  it('says plainly, with 503, when the read model has not reached the asked position in time', async () => {
    const ahead = (BigInt(head) + 1_000_000_000n).toString();
    const response = await get(`/overview?minPosition=${ahead}`, supervisor).expect(503);
    expect(response.body).toMatchObject({ type: expect.stringContaining('read-model-not-caught-up') });
    expect(response.body.detail).toContain(ahead);
  }, 15_000);

  it('answers 400 naming the parameter for a malformed position or page', async () => {
    const response = await get('/overview?minPosition=yesterday', supervisor).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'minPosition' })]);
    const page = await get('/taskings?limit=many', supervisor).expect(400);
    expect(page.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
  });
});
