import type { MessageKey, Params } from '../../i18n/index.js';

export interface FetchOptions {
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

export type Fetched =
  | { kind: 'body'; text: string; etag?: string; lastModified?: string }
  | { kind: 'notModified' }
  | { kind: 'failed'; key: MessageKey; params?: Params; retryAfter?: string };

// Longer than a day is more than a feed needs to ask for; it is taken as a day.
const MAX_WAIT_MS = 24 * 3600_000;
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1';

/** When a 429 or 503 says to come back (seconds or a date), as an ISO time; none when it says nothing usable. */
export function retryAt(header: string | null, now: Date): string | undefined {
  if (header === null) return undefined;
  const seconds = /^\s*\d+\s*$/.test(header) ? Number(header) * 1000 : Date.parse(header) - now.getTime();
  if (Number.isNaN(seconds) || seconds <= 0) return undefined;
  return new Date(now.getTime() + Math.min(seconds, MAX_WAIT_MS)).toISOString();
}

class TooBig extends Error {}

/** The body, read as it streams and given up as soon as it passes the cap, so a 20 MB feed costs no 20 MB. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new TooBig();
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new TooBig();
    }
    chunks.push(value);
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
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? cause?.message ?? (error as Error).message;
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
      const headers: Record<string, string> = { 'user-agent': options.userAgent, accept: ACCEPT };
      if (options.etag) headers['if-none-match'] = options.etag;
      if (options.lastModified) headers['if-modified-since'] = options.lastModified;
      const response = await fetch(url, { redirect: 'manual', signal, headers });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location !== null) {
        await response.body?.cancel();
        if (hop >= options.maxRedirects)
          return { kind: 'failed', key: 'watch.fail.redirects', params: { count: options.maxRedirects } };
        url = new URL(location, url);
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { kind: 'notModified' };
      }
      if (!response.ok) {
        await response.body?.cancel();
        const retryAfter =
          response.status === 429 || response.status === 503
            ? retryAt(response.headers.get('retry-after'), options.now())
            : undefined;
        return {
          kind: 'failed',
          key: 'watch.fail.status',
          params: { status: `${response.status} ${response.statusText}`.trim() },
          ...(retryAfter !== undefined && { retryAfter }),
        };
      }
      const text = decode(await readCapped(response, options.maxBytes), response.headers.get('content-type'));
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
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
