import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { MessageKey, Params } from '../../i18n/index.js';

interface FetchOptions {
  userAgent: string;
  /** For the whole exchange, redirects and body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  now: () => Date;
  /** What the last answer said, for a conditional GET. */
  etag?: string;
  lastModified?: string;
  /** Stops the exchange from outside (Ctrl-C). */
  signal?: AbortSignal;
}

type Fetched =
  | { kind: 'body'; text: string; etag?: string; lastModified?: string }
  | { kind: 'notModified' }
  | { kind: 'failed'; key: MessageKey; params?: Params; retryAfter?: string };

// Longer than a day is more than a feed needs to ask for; it is taken as a day.
const MAX_WAIT_MS = 24 * 3600_000;
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1';

/** When a 429 or 503 says to come back (seconds or a date), as an ISO time; none when it says nothing usable. */
function retryAt(header: string | null, now: Date): string | undefined {
  if (header === null) return undefined;
  const seconds = /^\s*\d+\s*$/.test(header) ? Number(header) * 1000 : Date.parse(header) - now.getTime();
  if (Number.isNaN(seconds) || seconds <= 0) return undefined;
  return new Date(now.getTime() + Math.min(seconds, MAX_WAIT_MS)).toISOString();
}

class TooBig extends Error {}

/**
 * One GET through node:http(s), not fetch(): fetch's parser is WebAssembly, compiled at its first
 * use, which cost a poll some 30 MB of memory; node:http parses in C. Resolves at the headers.
 */
function get(url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsGet : httpGet)(url, { headers, signal }, resolve);
    request.on('error', reject);
  });
}

const UNZIP = new Map([
  ['gzip', createGunzip],
  ['x-gzip', createGunzip],
  ['deflate', createInflate],
  ['br', createBrotliDecompress],
]);

/** The body, without its transfer coding; an abort (timeout, Ctrl-C) fails it where it is. */
function bodyOf(response: IncomingMessage, signal: AbortSignal): Readable {
  const unzip = UNZIP.get((response.headers['content-encoding'] ?? '').trim().toLowerCase())?.();
  const body = unzip ? response.pipe(unzip) : response;
  if (unzip) response.on('error', (error) => unzip.destroy(error));
  const stop = () => body.destroy(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });
  body.on('close', () => signal.removeEventListener('abort', stop));
  return body;
}

/** The body, read as it streams and given up as soon as it passes the cap, so a 20 MB feed costs no 20 MB. */
async function readCapped(response: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  if (declared > maxBytes) {
    response.destroy();
    throw new TooBig();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const body = bodyOf(response, signal);
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      body.destroy();
      response.destroy();
      throw new TooBig();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function decode(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset="?([\w-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // A charset TextDecoder does not know: UTF-8, which nearly every feed is.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function networkFailure(error: unknown): Fetched {
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'failed', key: 'watch.fail.timeout' };
  if (error instanceof TooBig) return { kind: 'failed', key: 'watch.fail.tooBig' };
  // node:http names the system's error on the error itself (ENOTFOUND, ECONNREFUSED).
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = (error as { code?: string }).code ?? cause?.code ?? cause?.message ?? (error as Error).message;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { kind: 'failed', key: 'watch.fail.dns' };
  return { kind: 'failed', key: 'watch.fail.network', params: { code: String(code) } };
}

/**
 * Fetches one feed politely: http(s) only, each redirect followed by hand and checked, at most
 * `maxRedirects` of them, with a timeout over the whole exchange and a cap on the size; a
 * conditional GET when the last answer gave an ETag or a date, and Retry-After kept.
 */
export async function fetchFeed(address: string, options: FetchOptions): Promise<Fetched> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let url = new URL(address);
  try {
    for (let hop = 0; ; hop += 1) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return { kind: 'failed', key: 'watch.fail.scheme', params: { url: url.href } };
      const headers: Record<string, string> = {
        'user-agent': options.userAgent,
        accept: ACCEPT,
        'accept-encoding': 'gzip, deflate, br',
      };
      if (options.etag) headers['if-none-match'] = options.etag;
      if (options.lastModified) headers['if-modified-since'] = options.lastModified;
      const response = await get(url, headers, signal);
      const status = response.statusCode ?? 0;
      const header = (name: string) => {
        const value = response.headers[name];
        return (Array.isArray(value) ? value[0] : value) ?? null;
      };
      const location = header('location');
      if (status >= 300 && status < 400 && status !== 304 && location !== null) {
        response.destroy();
        if (hop >= options.maxRedirects)
          return { kind: 'failed', key: 'watch.fail.redirects', params: { count: options.maxRedirects } };
        url = new URL(location, url);
        continue;
      }
      if (status === 304) {
        response.destroy();
        return { kind: 'notModified' };
      }
      if (status < 200 || status > 299) {
        response.destroy();
        const retryAfter = status === 429 || status === 503 ? retryAt(header('retry-after'), options.now()) : undefined;
        return {
          kind: 'failed',
          key: 'watch.fail.status',
          params: { status: `${status} ${response.statusMessage ?? ''}`.trim() },
          ...(retryAfter !== undefined && { retryAfter }),
        };
      }
      const text = decode(await readCapped(response, options.maxBytes, signal), header('content-type'));
      const etag = header('etag');
      const lastModified = header('last-modified');
      return {
        kind: 'body',
        text,
        ...(etag !== null && { etag }),
        ...(lastModified !== null && { lastModified }),
      };
    }
  } catch (error) {
    return networkFailure(error);
  }
}
