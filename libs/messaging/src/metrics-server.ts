import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';

export interface MetricsServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * `GET /metrics` in Prometheus text format and `GET /health` (200 while the process runs, with what
 * `health` says, e.g. the relay's state so that a standby is visible). A bare node:http server for the
 * relay and projector processes, which have no other HTTP surface.
 */
export async function serveMetrics(
  registry: Registry,
  health: () => Record<string, unknown>,
  port: number,
  host: string,
): Promise<MetricsServer> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET') {
      response.writeHead(405, { allow: 'GET' }).end();
    } else if (path === '/metrics') {
      registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
        (error: Error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
      );
    } else if (path === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(health()));
    } else {
      response.writeHead(404).end();
    }
  });
  await listen(server, port, host);
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
