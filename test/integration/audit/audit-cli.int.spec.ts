import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../../helpers/postgres';
import { startTestApi, TestApi } from '../../helpers/test-api';
import { client, ROLE_TOKENS, Scenario, texasScenario } from './audit-scenario';
import { buildCli, CliRun, runCli } from './run-cli';

jest.setTimeout(120_000);

let database: TestDatabase;
let api: TestApi;
let tokens: Record<string, string>;
let scenario: Scenario;
let work: string;
let started: Date;
let env: Record<string, string>;

beforeAll(async () => {
  const built = buildCli();
  database = await createTestDatabase('audit_cli');
  api = await startTestApi({ HSTF_EVENT_STORE: 'postgres', DATABASE_URL: database.connectionString });
  tokens = await ROLE_TOKENS(api);
  started = new Date(Date.now() - 1000);
  scenario = await texasScenario(api, tokens);
  work = await mkdtemp(join(tmpdir(), 'hstf-audit-cli-'));
  // The CLI opens the API's store and key with the API's own configuration.
  env = { HSTF_EVENT_STORE: 'postgres', DATABASE_URL: database.connectionString, HSTF_DATA_DIR: api.dataDir };
  await built;
}, 300_000);

afterAll(async () => {
  await api?.close();
  await database?.drop();
  if (work) await rm(work, { recursive: true, force: true });
});

const cli = (...args: string[]): Promise<CliRun> => runCli(['audit', ...args], env);

const read = async (path: string) => {
  const { send, ok } = client(api, tokens);
  return (await ok(send('get', path, 'auditor'))).body;
};

function expectOk(run: CliRun): CliRun {
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  return run;
}

describe('hstf audit public-key', () => {
  it('prints the key the API signs with', async () => {
    const run = expectOk(await cli('public-key'));
    const { text } = await client(api, tokens).send('get', '/audit/public-key', 'auditor');
    expect(run.stdout).toBe(text);
  });
});

describe('hstf audit checkpoint', () => {
  it('signs the log up to its head, then has nothing new to sign', async () => {
    const first = expectOk(await cli('checkpoint', '--by', 'sup-1'));
    expect(first.stdout).toMatch(/^checkpoint signed at position \d+: \d+ events, running hash [0-9a-f]{64}/);
    const again = expectOk(await cli('checkpoint'));
    expect(again.stdout).toMatch(/^nothing new since the checkpoint at position \d+/);
    const { checkpoints } = await read('/audit/checkpoints');
    expect(checkpoints).toHaveLength(1);
    expect(BigInt(checkpoints[0].position)).toBeGreaterThanOrEqual(BigInt(scenario.positions.pledged));
  });
});

describe('hstf audit verify', () => {
  it('verifies every chain and the checkpoint', async () => {
    const run = expectOk(await cli('verify'));
    expect(run.stdout).toMatch(/checkpoints verified: 1/);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('OK: every chain and checkpoint verifies');
    const json = JSON.parse(expectOk(await cli('verify', '--json')).stdout);
    expect(json).toMatchObject({ ok: true, breaks: [], checkpoints: { verified: 1, failures: [] } });
    expect(expectOk(await cli('verify', '--stream', `directive-${scenario.directiveId}`)).stdout).toBe(
      `directive-${scenario.directiveId}: 2 events verify\n`,
    );
  });
});

describe('hstf audit export and verify-export', () => {
  let bundle: string;
  let publicKey: string;

  beforeAll(async () => {
    bundle = join(work, 'tx-bundle');
    publicKey = join(work, 'audit-key.pub.pem');
    await writeFile(publicKey, (await cli('public-key')).stdout);
    const to = new Date(Date.now() + 60_000).toISOString();
    const run = expectOk(
      await cli(
        'export',
        '--state',
        'TX',
        '--from',
        started.toISOString(),
        '--to',
        to,
        '--out',
        bundle,
        '--by',
        'sup-1',
      ),
    );
    expect(run.stdout).toMatch(/^exported 8 events of 4 streams to /);
  });

  it('writes NDJSON in global order and a manifest with counts, digests, chain heads and a signature', async () => {
    const lines = (await readFile(join(bundle, 'events.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((e) => e.type)).toEqual([
      'TaskForceEstablished',
      'MemberAgencyEnrolled',
      'DirectiveIssued',
      'DirectiveAcknowledged',
      'TaskingAssigned',
      'TaskingAccepted',
      'TaskingProgressReported',
      'SupportPledged',
    ]);
    const manifest = JSON.parse(await readFile(join(bundle, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      format: 'hstf-audit-export/1',
      state: 'TX',
      exportedBy: 'sup-1',
      source: { eventStore: 'postgres' },
      counts: { events: 8, streams: 4, byType: { TaskingAccepted: 1 } },
      files: [{ name: 'events.ndjson', lines: 8, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }],
      signature: { algorithm: 'Ed25519', keyId: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(
      manifest.chains.find((c: { streamId: string }) => c.streamId === `tasking-${scenario.taskingId}`),
    ).toMatchObject({
      events: 3,
      first: { position: '0', prevHash: '0'.repeat(64) },
      last: { position: '2' },
    });
  });

  it('verifies offline with the pinned public key', async () => {
    const run = expectOk(await cli('verify-export', bundle, '--public-key', publicKey));
    expect(run.stdout).toMatch(
      /^8 events in 4 streams; signed by key [0-9a-f]{64} \(the pinned public key\)/,
    );
    expect(run.stdout).toMatch(/OK: the bundle verifies\n$/);
    // Offline means offline: no store configuration at all.
    const alone = await runCli(['audit', 'verify-export', bundle, '--public-key', publicKey, '--json'], {
      HSTF_EVENT_STORE: 'nonsense',
    });
    expect(JSON.parse(alone.stdout)).toMatchObject({ ok: true, events: 8, signedBy: { pinned: true } });
  });

  it('fails, naming the line, when one byte of an event changed', async () => {
    const copy = join(work, 'tampered');
    await cp(bundle, copy, { recursive: true });
    const file = join(copy, 'events.ndjson');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('Surveillance set up', 'Surveillance set uP'),
    );
    const run = await cli('verify-export', copy, '--public-key', publicKey);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/PROBLEM line 7: tasking-\S+ at revision 2 .*hash does not match/);
    expect(run.stdout).toMatch(/PROBLEM events.ndjson: sha256 is [0-9a-f]{64}, the manifest says/);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('FAILED');
  });

  it('fails when the manifest is signed by another key than the pinned one', async () => {
    const stranger = join(work, 'stranger.pub.pem');
    const { generateKeyPairSync } = await import('node:crypto');
    await writeFile(
      stranger,
      generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }),
    );
    const run = await cli('verify-export', bundle, '--public-key', stranger);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/PROBLEM manifest signature: signed by key/);
  });

  it('records the export in the access audit', async () => {
    const { records } = await read(`/audit/access?type=audit-export&from=${started.toISOString()}`);
    expect(records).toEqual([
      expect.objectContaining({
        component: 'cli',
        subject: 'sup-1',
        outcome: 'success',
        action: 'hstf audit export',
      }),
    ]);
    expect(records[0].resource).toMatch(/^state=TX from=/);
  });

  it('refuses a directory that is not empty, and arguments that are no state or date', async () => {
    const taken = await cli(
      'export',
      '--state',
      'TX',
      '--from',
      '2026-01-01',
      '--to',
      '2026-02-01',
      '--out',
      bundle,
    );
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/is not empty/);
    const badState = await cli(
      'export',
      '--state',
      'XX',
      '--from',
      '2026-01-01',
      '--to',
      '2026-02-01',
      '--out',
      join(work, 'x'),
    );
    expect(badState.code).toBe(1);
    expect(badState.stderr).toMatch(/USPS state/);
    const badDate = await cli(
      'export',
      '--state',
      'TX',
      '--from',
      'yesterday',
      '--to',
      '2026-02-01',
      '--out',
      join(work, 'x'),
    );
    expect(badDate.code).toBe(1);
  });

  it('exports an empty period as an empty bundle that still verifies', async () => {
    const empty = join(work, 'empty');
    expectOk(
      await cli('export', '--state', 'TX', '--from', '2020-01-01', '--to', '2020-02-01', '--out', empty),
    );
    const run = expectOk(await cli('verify-export', empty, '--public-key', publicKey, '--json'));
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, events: 0 });
  });
});

describe('the embedded store in use', () => {
  it('is refused while the API that opened it is alive, and opened once it is gone', async () => {
    const dataDir = await mkdtemp(join(work, 'pglite-'));
    await writeFile(join(dataDir, 'event-store.owner'), `${process.pid}\n`);
    const refused = await runCli(['audit', 'verify'], { HSTF_EVENT_STORE: 'pglite', HSTF_DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`is open in process ${process.pid} (the API): stop it first`);
    // A pid no process has: the API that wrote it is gone.
    await writeFile(join(dataDir, 'event-store.owner'), '4194303\n');
    const opened = await runCli(['audit', 'verify'], { HSTF_EVENT_STORE: 'pglite', HSTF_DATA_DIR: dataDir });
    expect(opened).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('OK: every chain and checkpoint verifies'),
    });
  });
});

describe('hstf audit verify after tampering', () => {
  it('exits 1 and names the event whose byte was flipped in PostgreSQL', async () => {
    const { events } = await read(`/audit/streams/tasking-${scenario.taskingId}`);
    const accepted = events.find((e: { type: string }) => e.type === 'TaskingAccepted');
    const sql = new Client({ connectionString: database.connectionString });
    await sql.connect();
    await sql.query(
      `UPDATE es_events SET data = jsonb_set(data, '{leadAgency}', '"FBJ"') WHERE event_id = $1`,
      [accepted.id],
    );
    await sql.end();
    const run = await cli('verify');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `BROKEN tasking-${scenario.taskingId} at revision 1 (event ${accepted.id}, global position ${accepted.globalPosition})`,
    );
    expect(run.stdout).toMatch(/CHECKPOINT at \d+ FAILS: the log up to here no longer hashes/);
  });
});
