import { Actor, COMMAND_CENTRE, e2eClient, ok } from '../helpers/e2e';
import { SseConnection } from '../../bench/feeds/sse-client';

// Issue 11's defects, read through the API's bodies. Texas: FBI and ICE-HSI co-lead, CBP is a member.
// One directive goes to Texas, one to the FBI alone; the words each agency writes carry a marker that
// no other agency may find in any body.
const ACTORS: Record<string, Actor> = {
  ...COMMAND_CENTRE,
  fbi: { role: 'liaison', agency: 'FBI', states: ['TX'] },
  cbp: { role: 'liaison', agency: 'CBP', states: ['TX'] },
  // A co-lead whose token names no state: the task forces it co-leads are its states all the same.
  hsi: { role: 'liaison', agency: 'ICE-HSI' },
  dea: { role: 'liaison', agency: 'DEA', states: ['AZ'] },
};

const client = e2eClient('operator');
const { send, refused } = client;
let position = '0';
let toTexas = '';
let toFbiOnly = '';
let taskingId = '';

const directive = (title: string, states: string[], agencies: string[]) => ({
  title,
  body: `Body of ${title}.`,
  priority: 'priority',
  addressees: { states, agencies },
  authority: 'EO 14159 sec. 3(b)',
  effectiveAt: '2030-01-01T12:00:00Z',
  acknowledgeBy: '2030-01-03T12:00:00Z',
});

async function step(path: string, body: object, as = 'operator') {
  const response = await ok(send('post', path, as).send(body));
  position = response.body.position;
  return response.body;
}
const read = async (path: string, as: string) =>
  JSON.stringify(
    (await ok(send('get', `${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`, as))).body,
  );

jest.setTimeout(60_000);

beforeAll(async () => {
  await client.start(ACTORS);
  await step('/task-forces', { state: 'TX', dojCoLead: 'FBI', dhsCoLead: 'ICE-HSI' });
  await step('/task-forces/TX/members', { agency: 'CBP', capabilities: ['law-enforcement'] });
  toTexas = (await step('/directives', directive('Surge on I-35', ['TX'], ['CBP']))).id;
  toFbiOnly = (await step('/directives', directive('FBI-EYES-ONLY informant handling', [], ['FBI']))).id;
  await step(`/directives/${toTexas}/acknowledgements`, { note: 'CBP-SECRET note' }, 'cbp');
  // The FBI-only directive stays unacknowledged, so that the board lists it as awaiting the FBI.
  taskingId = (
    await step('/taskings', {
      taskForce: 'TX',
      leadAgency: 'FBI',
      supportingAgencies: ['CBP'],
      objective: 'smuggling',
      title: 'Stash houses',
      instructions: 'Identify the stash houses named in the annex.',
      dueAt: '2099-12-20T17:00:00Z',
    })
  ).id;
  await step(`/taskings/${taskingId}/acceptance`, {}, 'fbi');
  await step(
    `/taskings/${taskingId}/progress-reports`,
    { summary: 'FBI-SECRET progress', percentComplete: 40 },
    'fbi',
  );
}, 120_000);

afterAll(() => client.close());

describe('need-to-know on the read models', () => {
  it("does not show a Texas liaison's board a directive addressed to another member agency alone", async () => {
    const board = await read('/task-forces/TX/board', 'cbp');
    expect(board).toContain(toTexas);
    expect(board).not.toContain(toFbiOnly);
    expect(board).not.toContain('FBI-EYES-ONLY');
    expect(await read('/task-forces/TX/board', 'fbi')).toContain(toFbiOnly);
    expect(await read('/task-forces/TX/board', 'supervisor')).toContain(toFbiOnly);
  });

  it("withholds another agency's notes and progress text on the board, the lists and the inboxes", async () => {
    for (const path of ['/task-forces/TX/board', '/taskings?state=TX', '/agencies/CBP/inbox', '/me/inbox']) {
      const seen = await read(path, 'cbp');
      expect(seen).not.toContain('FBI-SECRET');
    }
    const fbi = await read('/task-forces/TX/board', 'fbi');
    expect(fbi).toContain('FBI-SECRET progress');
    expect(fbi).not.toContain('CBP-SECRET');
    expect(await read('/task-forces/TX/board', 'supervisor')).toContain('CBP-SECRET note');
    expect(await read(`/directives/${toTexas}`, 'fbi')).not.toContain('CBP-SECRET');
    expect(await read(`/directives/${toTexas}`, 'cbp')).toContain('CBP-SECRET note');
  });

  it('lets a co-lead read what its inbox asks it to acknowledge for the state', async () => {
    const inbox = await read('/me/inbox', 'hsi');
    expect(inbox).toContain(toTexas);
    expect(await read(`/directives/${toTexas}`, 'hsi')).toContain('Surge on I-35');
    expect(await read('/task-forces/TX/board', 'hsi')).toContain(toTexas);
  });

  it('answers 404, as for an id never used, to a liaison that may not read an item, and names nothing in it', async () => {
    for (const [path, as] of [
      [`/directives/${toFbiOnly}`, 'cbp'],
      [`/directives/${toTexas}`, 'dea'],
      [`/taskings/${taskingId}`, 'dea'],
    ] as const) {
      const problem = await refused(() => send('get', path, as), 404);
      expect(JSON.stringify(problem)).not.toMatch(/FBI|CBP|TX|Surge|EYES/);
    }
    const refusal = await refused(
      () => send('post', `/taskings/${taskingId}/acceptance`, 'dea').send({}),
      404,
    );
    expect(refusal.detail).toBe(`No tasking with id ${taskingId}.`);
  });

  it('lists for a liaison only the directives it may read', async () => {
    const cbp = await read('/directives?addressee=CBP', 'cbp');
    expect(cbp).toContain(toTexas);
    expect(cbp).not.toContain(toFbiOnly);
    expect(await read('/directives?addressee=FBI', 'fbi')).toContain(toFbiOnly);
  });
});

describe('need-to-know in the refusals of commands', () => {
  it("answers a new aggregate under another's id with `id-taken`, naming neither who holds it nor its revision", async () => {
    const now = Date.now();
    const pledge = (agency: string, commitmentId?: string) => ({
      ...(commitmentId ? { commitmentId } : {}),
      agency,
      taskForce: 'TX',
      kind: 'personnel',
      quantity: 2,
      unit: 'agents',
      period: {
        from: new Date(now + 3_600_000).toISOString(),
        to: new Date(now + 3 * 86_400_000).toISOString(),
      },
      appropriation: 'available',
      note: 'CBP-SECRET pledge',
    });
    const commitmentId = (await step('/commitments', pledge('CBP'), 'cbp')).id;
    // The DEA's liaison (Arizona) may not read a Texas commitment of CBP's.
    await refused(() => send('get', `/commitments/${commitmentId}`, 'dea'), 404);
    for (const ifMatch of [undefined, '"0"']) {
      const attempt = () => {
        const request = send('post', '/commitments', 'dea').send(pledge('DEA', commitmentId));
        return ifMatch ? request.set('If-Match', ifMatch) : request;
      };
      const problem = await refused(attempt, 409);
      expect(problem).toMatchObject({ type: expect.stringMatching(/id-taken$/), status: 409 });
      expect(JSON.stringify(problem)).not.toMatch(/CBP|currentRevision|revision \d/);
    }
  });
});

describe('need-to-know in the feeds', () => {
  /** Every item of a feed from the beginning up to the first of `type`, as the stream carried them. */
  const feedUpTo = async (path: string, token: string, type: string): Promise<string> => {
    const stream = await SseConnection.open(`${client.api().url}${path}`, { token, lastEventId: '-1' });
    try {
      await stream.waitFor((event) => event.event === type, 30_000);
      return JSON.stringify(stream.events);
    } finally {
      await stream.close();
    }
  };

  it('names the successor of a superseded directive only to the audiences that may read the successor', async () => {
    const successor = (await step('/directives', directive('AZ-ONLY spring plan', ['AZ'], ['DEA']))).id;
    await step(`/directives/${toTexas}/supersession`, { supersededBy: successor, reason: 'Replaced' });
    const cbp = await client.api().token('liaison', { agency: 'CBP', states: ['TX'] });
    const supervisor = await client.api().token('supervisor');
    const texas = await feedUpTo('/feeds/states/TX', cbp, 'DirectiveSuperseded');
    expect(texas).toContain(`superseded by directive ${successor}`);
    expect(texas).not.toContain('AZ-ONLY');
    const everything = await feedUpTo('/feeds/command-center', supervisor, 'DirectiveSuperseded');
    expect(everything).toContain("superseded by 'AZ-ONLY spring plan'");
  });
});
