import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSync, appendFileSync } from 'node:fs';
import { loadOrCreateLocalKey } from '@hstf/auth';
import { createApi } from '../../apps/api/src/bootstrap';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { JsonLogger } from '../../apps/api/src/observability/json-logger';
import { runFuzz } from '../../bench/fuzz/fuzz-run';
it('debug', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'fz-'));
  writeFileSync('/tmp/fuzz-errors.log', '');
  const api = await createApi(loadConfig({ HSTF_DATA_DIR: dataDir, LOG_LEVEL: 'error' }), new JsonLogger('error', (line: string) => appendFileSync('/tmp/fuzz-errors.log', line + '\n')));
  await api.app.listen(0, '127.0.0.1');
  const url = (await api.app.getUrl()).replace('[::1]', '127.0.0.1');
  const r = await runFuzz({ url, store: api.store, key: await loadOrCreateLocalKey(dataDir) }, { requests: Number(process.env.N ?? 1500), seed: Number(process.env.SEED ?? 7) });
  writeFileSync('/tmp/fuzz-result.json', JSON.stringify(r, null, 1));
  await api.close();
}, 900000);
