import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { preProcessFile } from 'typescript';

/**
 * The domain is pure: it must not reach Nest, messaging, databases, the EventStoreDB client or any I/O
 * module, nor another library of ours. This test reads every import of libs/domain, including test files,
 * so that adding `import '@nestjs/common'` anywhere in the domain fails the build.
 */
const DOMAIN_ROOT = resolve(__dirname, '../../libs/domain/src');

const FORBIDDEN: readonly RegExp[] = [
  /^@nestjs\//,
  /^kafkajs$/,
  /^pg(-.*)?$/,
  /^@electric-sql\//,
  /^@eventstore\//,
  /^@hstf\//,
  /^node:/,
  /^(fs|fs\/promises|http|https|http2|net|dgram|dns|tls|child_process|cluster|worker_threads|os|process|crypto|stream|readline|zlib)$/,
  /^(axios|undici|node-fetch|ioredis|redis|mysql2?|typeorm|@prisma\/.*|mongodb|fastify|express)$/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

export function importsOf(source: string): string[] {
  return preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

export function violations(file: string, source: string): string[] {
  return importsOf(source).flatMap((specifier) => {
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier);
      return target.startsWith(DOMAIN_ROOT) ? [] : [`${specifier} (leaves libs/domain)`];
    }
    return FORBIDDEN.some((pattern) => pattern.test(specifier)) ? [specifier] : [];
  });
}

describe('libs/domain boundary', () => {
  const files = sourceFiles(DOMAIN_ROOT);

  it('finds the domain sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(DOMAIN_ROOT, f), f]))(
    '%s imports nothing of Nest, I/O or another library',
    (_name, file) => {
      expect(violations(file, readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it('recognises the imports it must refuse', () => {
    const file = join(DOMAIN_ROOT, 'directive', 'decide.ts');
    const refused = [
      "import { Injectable } from '@nestjs/common';",
      "import { Kafka } from 'kafkajs';",
      "import { Pool } from 'pg';",
      "import { PGlite } from '@electric-sql/pglite';",
      "import { EventStoreDBClient } from '@eventstore/db-client';",
      "import { readFileSync } from 'node:fs';",
      "import { request } from 'http';",
      "const fs = require('fs');",
      "import '../../../apps/api/src/main';",
      "import { eventRegistry } from '@hstf/contracts';",
    ];
    for (const line of refused) expect(violations(file, line)).toHaveLength(1);
    expect(violations(file, "import { accept } from '../shared/decision';")).toEqual([]);
  });
});
