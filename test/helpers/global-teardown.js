// Stops the local Kafka broker when this run started it (test/helpers/kafka.ts starts it on first use), so
// that `npm test` leaves nothing running. A broker that ran before the suite (.ci/run's, an engineer's)
// is left alone.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function stopWhatTheRunStarted() {
  if (!globalThis.__hstfKafkaToStop) return;
  execFileSync('bash', [join(__dirname, '..', '..', 'scripts', 'kafka.sh'), 'stop'], { stdio: 'inherit' });
};
