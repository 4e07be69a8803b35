import { loadOrCreateLocalKey } from '@hstf/auth';
import { runAccessMatrix } from '../../bench/access/access-matrix';
import { COMMAND_CENTER_ACTORS, LIAISON_ACTORS } from '../../bench/access/access-world';
import { startTestApi, TestApi } from '../helpers/test-api';

// The reduced run of `npm run bench:access`: the same world, readers and checks, the world built once
// (the full run builds it three times over and adds liaisons with more states).
// One round of the world for these 16 readers makes about 190,000 checks; the floor sits
// below by less than two readers' share, so that a matrix that silently stopped reading a reader or an
// endpoint's items fails here rather than passing on fewer checks.
const CHECKS_FLOOR = 170_000;
const TOPIC_CHECKS_FLOOR = 1_000;

describe('the access matrix: every reader x every GET of domain data x every scope, by the domain rule', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  }, 60_000);

  afterAll(() => api?.close());

  it('shows no reader an item or a text outside its scope, lists all it may read, and refuses naming nothing', async () => {
    const result = await runAccessMatrix(
      { url: api.url, store: api.store, key: await loadOrCreateLocalKey(api.dataDir) },
      { actors: [...COMMAND_CENTER_ACTORS, ...LIAISON_ACTORS], rounds: 1 },
    );
    // Every GET of the OpenAPI document is either read by the matrix or said to read no domain data.
    expect(result.endpoints.unclassified).toEqual([]);
    // Each failure names its reader, endpoint, request and item.
    expect(result.failures).toEqual([]);
    expect(result).toMatchObject({ outOfScopeItems: 0, missingItems: 0, otherFailures: 0 });
    expect(result.accessChecks).toBeGreaterThan(CHECKS_FLOOR);
    // The per-audience Kafka topics were read too (every state's and agency's topic of the world).
    expect(result.checksByEndpoint['Kafka audience topics']).toBeGreaterThan(TOPIC_CHECKS_FLOOR);
    // Each relation of a reader to the data was met, so that no scope goes unchecked.
    expect(Object.keys(result.checksByRelation).sort()).toEqual(
      ['co-led state', 'command center', 'other agency, other state', 'own agency', 'own state'].sort(),
    );
  }, 180_000);
});
