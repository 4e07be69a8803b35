import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

// The architecture's rules are dependency-cruiser's (.dependency-cruiser.cjs, run by `npm run lint`).
// This test shows that each rule fires: it cruises a small tree laid out like the project's, where each
// file crosses one boundary, and a file beside each that keeps to it.
const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

const TREE: Record<string, string> = {
  'apps/api/src/main.ts': 'export const main = 1;',
  'apps/api/src/routes.ts': "import { main } from './main';\nexport const routes = main;",
  'apps/cli/src/uses-the-api.ts': "import { main } from '../../api/src/main';\nexport const x = main;",
  'apps/cli/src/uses-a-lib.ts': "import { audit } from '@hstf/audit';\nexport const y = audit;",
  'libs/audit/src/index.ts':
    "import { feeds } from '@hstf/feeds';\nimport { main } from '../../../apps/api/src/main';\n" +
    'export const audit = feeds + main;',
  'libs/feeds/src/index.ts':
    "import { audit } from '@hstf/audit';\nexport const feeds = 1;\nexport const f = audit;",
  'libs/domain/src/index.ts':
    "import { readFileSync } from 'node:fs';\nimport { rule } from './rule';\nexport const d = [readFileSync, rule];",
  'libs/domain/src/rule.ts': 'export const rule = 1;',
  'libs/domain/src/uses-zod.ts': "import { z } from 'zod';\nexport const s = z.string();",
  'libs/contracts/src/index.ts':
    "import { createHash } from 'node:crypto';\nimport { z } from 'zod';\nimport { rule } from '../../domain/src/rule';\n" +
    'export const c = [createHash, z, rule];',
  'libs/contracts/src/uses-nest.ts':
    "import { Injectable } from '@nestjs/common';\nexport const n = Injectable;",
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      baseUrl: '.',
      paths: { '@hstf/audit': ['libs/audit/src'], '@hstf/feeds': ['libs/feeds/src'] },
    },
  }),
};

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hstf-dependency-rules-'));
  for (const [path, text] of Object.entries(TREE)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function violations(): string[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [CLI, 'apps', 'libs', '--output-type', 'json'], {
      cwd: dir,
      encoding: 'utf8',
    });
  } catch (error) {
    // depcruise exits non-zero when it finds violations; its report is on stdout all the same.
    out = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as { summary: { violations: Violation[] } };
  return report.summary.violations.map((v) => `${v.rule.name}: ${v.from}`).sort();
}

describe('the dependency rules', () => {
  it('refuse each crossing of a boundary, and only those (a cycle once)', () => {
    expect(violations()).toEqual(
      [
        'no-app-to-app: apps/cli/src/uses-the-api.ts',
        'no-lib-to-app: libs/audit/src/index.ts',
        'no-circular-libs: libs/audit/src/index.ts',
        'domain-is-pure: libs/domain/src/index.ts',
        'domain-is-pure: libs/domain/src/uses-zod.ts',
        'contracts-are-pure-functions-over-data: libs/contracts/src/uses-nest.ts',
      ].sort(),
    );
  });
});
