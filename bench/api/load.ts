import autocannon from 'autocannon';

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
}

export interface LoadSpec {
  readonly url: string;
  readonly connections: number;
  readonly durationSeconds: number;
  /** Builds each request: path and body, so every request can target another aggregate. */
  readonly next: () => { path: string; body: string };
  readonly token: string;
}

/** One autocannon run; latency percentiles are autocannon's HDR histogram figures in milliseconds. */
export async function load(spec: LoadSpec): Promise<LoadResult> {
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    method: 'POST',
    headers: { authorization: `Bearer ${spec.token}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          const { path, body } = spec.next();
          return { ...request, path, body };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
