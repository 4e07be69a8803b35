// Integration suites need a real PostgreSQL; say so plainly instead of failing every suite one by one.
const { Client } = require('pg');

module.exports = async () => {
  const client = new Client({
    host: process.env.PGHOST ?? '127.0.0.1',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    database: 'postgres',
  });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable on ${client.host}:${client.port} (${error.message}); start it first.`);
  } finally {
    await client.end().catch(() => undefined);
  }
};
