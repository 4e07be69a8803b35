import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Contracts are shared by the API, the relay, the projector and the CLI: pure functions over data, so that
// any of them can use them without pulling in a framework or an I/O client.
const ALLOWED = ['@hstf/domain', 'zod', 'uuid', 'canonicalize', 'node:crypto'];

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.spec.ts')
        ? []
        : [join(dir, entry.name)],
  );

const importsIn = (source: string): string[] =>
  [...source.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

const outsiders = (source: string): string[] =>
  importsIn(source).filter((spec) => !spec.startsWith('.') && !ALLOWED.includes(spec));

describe('the contracts boundary', () => {
  it('imports nothing but the domain, zod, uuid, canonicalize and node:crypto', () => {
    const outside = sources(__dirname).flatMap((file) =>
      outsiders(readFileSync(file, 'utf8')).map((spec) => `${relative(__dirname, file)}: ${spec}`),
    );
    expect(outside).toEqual([]);
  });

  it('recognises the imports it must refuse', () => {
    expect(outsiders("import { Injectable } from '@nestjs/common';")).toEqual(['@nestjs/common']);
    expect(outsiders("import type { Pool } from 'pg';")).toEqual(['pg']);
    expect(outsiders("const fs = require('node:fs');")).toEqual(['node:fs']);
    expect(outsiders("import '@hstf/event-store';")).toEqual(['@hstf/event-store']);
    expect(outsiders("import { createHash } from 'node:crypto';\nimport { x } from './y';")).toEqual([]);
  });
});
