import { Actor, COMMAND_CENTRE, e2eClient, ok } from '../helpers/e2e';

// Texas: the FBI co-leads the task force (DOJ side) with ICE-HSI, DEA is a member. The inbox is the FBI's.
const TF = 'TX';
const DUE = '2099-12-20T17:00:00Z';
const ACTORS: Record<string, Actor> = {
  ...COMMAND_CENTRE,
  fbi: { role: 'liaison', agency: 'FBI', states: [TF] },
  dea: { role: 'liaison', agency: 'DEA' },
};

const client = e2eClient('operator');
const { send } = client;

interface Action {
  readonly name: string;
  readonly method: string;
  readonly href: string;
  readonly body?: Record<string, unknown>;
}
interface Item {
  readonly actions: readonly Action[];
  readonly [field: string]: unknown;
}

const directive = (title: string, states: string[], agencies: string[]) => ({
  title,
  body: 'Coordinate and report daily.',
  priority: 'priority',
  addressees: { states, agencies },
  authority: 'EO 14159 sec. 3(b)',
  effectiveAt: '2030-01-01T12:00:00Z',
  acknowledgeBy: '2030-01-03T12:00:00Z',
});

const tasking = (title: string, leadAgency: string, supportingAgencies: string[]) => ({
  taskForce: TF,
  leadAgency,
  supportingAgencies,
  objective: 'smuggling',
  title,
  instructions: 'Identify the stash houses named in the annex.',
  dueAt: DUE,
});

const pledge = (quantity: number) => ({
  agency: 'FBI',
  taskForce: TF,
  kind: 'personnel',
  quantity,
  unit: 'agents',
  period: { from: '2026-01-01T00:00:00Z', to: '2099-06-30T00:00:00Z' },
  appropriation: 'available',
});

let position = '0';
/** Sends a setup step and remembers its position, so that the next inbox read waits for it. */
async function step(method: 'post' | 'put', path: string, body: object, as = 'operator') {
  const response = await ok(send(method, path, as).send(body));
  position = response.body.position;
  return response.body as { id: string; position: string };
}

async function inbox() {
  return (await ok(send('get', `/me/inbox?minPosition=${position}`, 'fbi'))).body;
}

/** Acting from the inbox: the action's own method, href and body, plus what the liaison fills in. */
async function act(action: Action, fields: Record<string, unknown> = {}) {
  expect(action.method).toBe('POST');
  const response = await ok(send('post', action.href, 'fbi').send({ ...action.body, ...fields }));
  position = response.body.position;
}

const ids = (items: readonly Item[], key: string) => items.map((item) => item[key]);

let surge: string;
let notOurs: string;
let toAccept: string;
let supporting: string;
let partly: string;

beforeAll(async () => {
  await client.start(ACTORS);
  await step('post', '/task-forces', { state: TF, dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' });
  await step('post', `/task-forces/${TF}/members`, { agency: 'DEA', capabilities: ['law-enforcement'] });
  surge = (await step('post', '/directives', directive('Surge on I-35', [TF], ['FBI', 'DEA']))).id;
  notOurs = (await step('post', '/directives', directive('For the DEA only', [], ['DEA']))).id;
  const rescinded = (await step('post', '/directives', directive('Issued in error', [], ['FBI']))).id;
  await step('post', `/directives/${rescinded}/rescission`, { reason: 'Issued in error.' });
  toAccept = (await step('post', '/taskings', tasking('Map the I-35 stash houses', 'FBI', ['DEA']))).id;
  supporting = (await step('post', '/taskings', tasking('Trace the cartel cash couriers', 'DEA', ['FBI'])))
    .id;
  await step('post', `/taskings/${supporting}/acceptance`, {}, 'dea');
  partly = (await step('post', '/commitments', pledge(10), 'fbi')).id;
  await step(
    'post',
    `/commitments/${partly}/deliveries`,
    { quantity: 4, deliveredAt: new Date().toISOString() },
    'fbi',
  );
  const whole = (await step('post', '/commitments', pledge(2), 'fbi')).id;
  await step(
    'post',
    `/commitments/${whole}/deliveries`,
    { quantity: 2, deliveredAt: new Date().toISOString() },
    'fbi',
  );
}, 90_000);

afterAll(() => client.close());

describe("GET /me/inbox: what waits for a liaison's agency", () => {
  it('lists directives to acknowledge (its own and its co-led task force’s), taskings to accept or report on, and commitments due', async () => {
    const view = await inbox();
    expect(view).toMatchObject({ agency: 'FBI', coLeads: [TF] });
    expect(view.directivesToAcknowledge.map((d: Item) => [d.directiveId, d.addressee])).toEqual([
      [surge, { kind: 'agency', code: 'FBI' }],
      [surge, { kind: 'state', code: TF }],
    ]);
    expect(ids(view.directivesToAcknowledge, 'directiveId')).not.toContain(notOurs);
    expect(view.directivesToAcknowledge[0].actions).toEqual([
      expect.objectContaining({
        name: 'acknowledge',
        method: 'POST',
        href: `/directives/${surge}/acknowledgements`,
      }),
    ]);
    expect(ids(view.taskingsToAccept, 'taskingId')).toEqual([toAccept]);
    expect(view.taskingsToReportOn).toEqual([
      expect.objectContaining({ taskingId: supporting, role: 'supporting', status: 'accepted' }),
    ]);
    expect(view.commitmentsDue).toEqual([
      expect.objectContaining({ commitmentId: partly, quantity: 10, delivered: 4, remaining: 6 }),
    ]);
  });

  it('is acted on through the same commands, and each item leaves once done', async () => {
    let view = await inbox();
    await act(view.directivesToAcknowledge[0].actions[0], { note: 'Field offices notified.' });
    view = await inbox();
    expect(view.directivesToAcknowledge.map((d: Item) => d.addressee)).toEqual([{ kind: 'state', code: TF }]);

    // For the task force, the action carries the addressee it acknowledges for.
    await act(view.directivesToAcknowledge[0].actions[0]);
    const accept = (await inbox()).taskingsToAccept[0].actions.find((a: Action) => a.name === 'accept');
    await act(accept);
    const delivery = (await inbox()).commitmentsDue[0].actions[0];
    await act(delivery, { quantity: 6, deliveredAt: new Date().toISOString() });

    view = await inbox();
    expect(view.directivesToAcknowledge).toEqual([]);
    expect(view.taskingsToAccept).toEqual([]);
    expect(view.taskingsToReportOn.map((t: Item) => [t.taskingId, t.role])).toEqual(
      expect.arrayContaining([
        [toAccept, 'lead'],
        [supporting, 'supporting'],
      ]),
    );
    expect(view.commitmentsDue).toEqual([]);
    const directive = (await ok(send('get', `/directives/${surge}`, 'fbi'))).body;
    expect(JSON.stringify(directive)).toContain('Field offices notified.');
  });

  it('is for liaisons: 403 problem+json for the other roles', async () => {
    for (const as of ['supervisor', 'operator', 'auditor', 'admin']) {
      const response = await send('get', '/me/inbox', as);
      expect({ as, status: response.status }).toEqual({ as, status: 403 });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});
