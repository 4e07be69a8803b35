// Runs once before the integration project: fail fast, with what to do, when PostgreSQL is not there,
// instead of letting every suite time out. Plain JS because Jest loads it before any transform.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { Client } = require('pg');

function serverUrl() {
  const url = new URL(process.env.DATABASE_URL || 'postgres://localhost');
  if (!process.env.DATABASE_URL) {
    url.hostname = process.env.PGHOST || '127.0.0.1';
    url.port = process.env.PGPORT || '5432';
    url.username = process.env.PGUSER || 'postgres';
    if (process.env.PGPASSWORD) url.password = process.env.PGPASSWORD;
  }
  url.pathname = '/postgres';
  return url;
}

/** Whether the project's local broker runs now; a broker the run starts itself, the teardown stops. */
function localKafkaRuns() {
  try {
    execFileSync('bash', [join(__dirname, '..', '..', 'scripts', 'kafka.sh'), 'status'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

module.exports = async function globalSetup() {
  // Jest runs the setup and the teardown in its own process, which the suites' workers never share.
  globalThis.__hstfKafkaToStop = !process.env.KAFKA_BROKERS && !localKafkaRuns();
  await checkPostgresIsReachable();
};

async function checkPostgresIsReachable() {
  const url = serverUrl();
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const where = `${url.hostname}:${url.port || 5432} as ${url.username || 'the current user'}`;
    throw new Error(
      `Integration tests need PostgreSQL (13 or later) at ${where}, and it did not answer: ${error.message}\n` +
        'Start it (on this machine: `pg_ctlcluster 15 main start`; elsewhere: ' +
        '`docker run -d -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16`), ' +
        'or point PGHOST / PGPORT / PGUSER / PGPASSWORD or DATABASE_URL at one that can create databases.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
