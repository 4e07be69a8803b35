import { collectDefaultMetrics, Registry } from 'prom-client';

// Gauges that prom-client names with `_total`, a suffix Prometheus keeps for counters: `promtool check
// metrics` refuses them, and the handle and request counts they give are in the event loop's lag anyway.
const MISNAMED = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

/** The process's own metrics (CPU, memory, event loop, GC) under a prefix per process, named as Prometheus names them. */
export function collectProcessMetrics(registry: Registry, prefix: string): void {
  collectDefaultMetrics({ register: registry, prefix });
  for (const name of MISNAMED) registry.removeSingleMetric(`${prefix}${name}`);
}
