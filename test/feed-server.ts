import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { root } from './helpers.js';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** A fixture feed with its content type, an ETag, and a 304 when asked for that ETag again. */
export function feedFile(
  name: string,
  type = name.endsWith('.json') ? 'application/feed+json' : 'application/xml',
): Route {
  const body = readFileSync(join(root, 'test/fixtures/feeds', name));
  const etag = `"${name}-1"`;
  return (request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, etag }).end(body);
  };
}

export interface FeedServer {
  url: (path: string) => string;
  /** Every request, in order: method, path and headers. */
  requests: Array<{ path: string; headers: IncomingMessage['headers'] }>;
  close: () => Promise<void>;
}

/** A local HTTP server, started by the test, that answers each path with its route (404 otherwise). */
export async function feedServer(routes: Record<string, Route>): Promise<FeedServer> {
  const requests: FeedServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const route = routes[path];
    if (route) route(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
