import { collectDefaultMetrics, Registry } from 'prom-client';

// Gauges that prom-client names with `_total`, a suffix Prometheus keeps for counters, so that `promtool
// check metrics` refuses them. Their per-type gauges (`nodejs_active_handles{type}`, ...) stay: `sum()`
// of those gives the same totals.
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
