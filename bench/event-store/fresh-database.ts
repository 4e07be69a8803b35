import { Client } from 'pg';

async function withServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops and recreates `name` so every run starts from empty tables; returns its connection string. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name ${name}`);
  await withServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  return `${serverUrl}/${name}`;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export interface ServerInfo {
  readonly version: string;
  readonly settings: Record<string, string>;
}

/** The settings that decide commit cost, recorded with the results. */
export async function serverInfo(serverUrl: string): Promise<ServerInfo> {
  return withServer(serverUrl, async (client) => {
    const version = (await client.query<{ version: string }>('SELECT version()')).rows[0].version;
    const rows = await client.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE name IN
         ('synchronous_commit', 'fsync', 'wal_sync_method', 'shared_buffers', 'max_connections', 'commit_delay')`,
    );
    return { version, settings: Object.fromEntries(rows.rows.map((row) => [row.name, row.setting])) };
  });
}
