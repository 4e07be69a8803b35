import { randomBytes } from 'node:crypto';
import { Client, ClientConfig } from 'pg';

/**
 * A database of its own for one suite, on the PostgreSQL of the test machine: 127.0.0.1:5432 as postgres
 * (trust auth) unless DATABASE_URL or PGHOST / PGPORT / PGUSER / PGPASSWORD say otherwise.
 */
export interface TestDatabase {
  readonly name: string;
  readonly connectionString: string;
  drop(): Promise<void>;
}

export function serverUrl(database = 'postgres'): URL {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://localhost');
  if (!process.env.DATABASE_URL) {
    url.hostname = process.env.PGHOST ?? '127.0.0.1';
    url.port = process.env.PGPORT ?? '5432';
    url.username = process.env.PGUSER ?? 'postgres';
    if (process.env.PGPASSWORD) url.password = process.env.PGPASSWORD;
  }
  url.pathname = `/${database}`;
  return url;
}

export function adminConfig(): ClientConfig {
  return { connectionString: serverUrl().toString() };
}

/** Creates `hstf_test_<label>_<random>`; drop() removes it even while connections remain open. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const safeLabel = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 30);
  const name = `hstf_test_${safeLabel}_${randomBytes(5).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  return {
    name,
    connectionString: serverUrl(name).toString(),
    drop: () =>
      withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client(adminConfig());
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
