import { STATUS_CODES } from 'node:http';
import { Agent, request, type Dispatcher } from 'undici';
import type { NetworkPolicy } from '../network-policy.js';
import type { CapturedResponse } from '../read-facts.js';
import { firstLineOf } from '../../util/first-line.js';

export interface FetchSettings {
  userAgent: string;
  ignoreHttpsErrors?: boolean;
  /** Is a redirect target still on the site? Checked per hop, before it is requested. */
  inScope(url: string): boolean;
  network?: NetworkPolicy;
}

export type FetchedHtml =
  | { ok: true; url: string; status: number; html: string; response: CapturedResponse }
  /** Not a page at all: the browser would say the same without rendering. */
  | { ok: false; kind: 'not-html'; url: string; status: number; reason: string }
  /** The server did not answer in time: the browser would wait as long again for nothing. */
  | { ok: false; kind: 'timeout'; url: string; reason: string }
  /** Anything else (too big, status ≥ 400, out of scope, refused): the browser decides. */
  | { ok: false; kind: 'failed'; url: string; reason: string };

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_HOPS = 5;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)/i;

let insecure: Dispatcher | undefined;

/**
 * Fetches one page as HTML over plain HTTP, bounded in time and size. Redirects are followed
 * by hand so each hop is checked against the site's scope (and the audit's network policy) first.
 */
export async function fetchHtml(url: string, settings: FetchSettings, timeoutMs: number): Promise<FetchedHtml> {
  const deadline = Date.now() + Math.max(1, timeoutMs);
  let current = url;
  for (let hop = 0; hop <= MAX_HOPS; hop++) {
    const refused = (await settings.network?.check?.(current)) ?? { ok: true as const };
    if (!refused.ok) return { ok: false, kind: 'failed', url: current, reason: refused.reason };
    await settings.network?.wait?.(current);
    const left = deadline - Date.now();
    if (left <= 0) return { ok: false, kind: 'timeout', url: current, reason: 'navigation timed out' };
    let response: Dispatcher.ResponseData;
    try {
      response = await request(current, {
        method: 'GET',
        headers: { 'user-agent': settings.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
        headersTimeout: left,
        bodyTimeout: left,
        signal: AbortSignal.timeout(left),
        ...(settings.ignoreHttpsErrors ? { dispatcher: insecureAgent() } : {}),
      });
    } catch (error) {
      if (Date.now() >= deadline || /timeout/i.test((error as Error).name)) return { ok: false, kind: 'timeout', url: current, reason: 'navigation timed out' };
      return { ok: false, kind: 'failed', url: current, reason: firstLineOf(error, 'fetch failed') };
    }
    const status = response.statusCode;
    const location = header(response.headers.location);
    if (status >= 300 && status < 400 && location) {
      await response.body.dump().catch(() => undefined);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        return { ok: false, kind: 'failed', url: current, reason: 'bad redirect' };
      }
      if ((next.protocol !== 'http:' && next.protocol !== 'https:') || !settings.inScope(next.href)) {
        return { ok: false, kind: 'failed', url: current, reason: `redirected out of scope to ${next.href}` };
      }
      current = next.href;
      continue;
    }
    if (status >= 400) {
      await response.body.dump().catch(() => undefined);
      return { ok: false, kind: 'failed', url: current, reason: `HTTP ${status}` };
    }
    const contentType = header(response.headers['content-type']) ?? 'text/html';
    if (!HTML_TYPES.test(contentType)) {
      await response.body.dump().catch(() => undefined);
      return { ok: false, kind: 'not-html', url: current, status, reason: `not a web page (${contentType.split(';')[0]})` };
    }
    const body = await readBounded(response.body);
    if (!body && Date.now() >= deadline) return { ok: false, kind: 'timeout', url: current, reason: 'navigation timed out' };
    if (!body) return { ok: false, kind: 'failed', url: current, reason: 'page too large or cut off' };
    const captured: CapturedResponse = { url: current, status, statusText: STATUS_CODES[status] ?? '', headers: headerPairs(response.headers), body };
    return { ok: true, url: current, status, html: decodeHtml(body, contentType), response: captured };
  }
  return { ok: false, kind: 'failed', url: current, reason: 'too many redirects' };
}

function headerPairs(headers: Dispatcher.ResponseData['headers']): Array<[string, string]> {
  return Object.entries(headers).flatMap(([name, value]) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((one) => [name, one] as [string, string]));
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function insecureAgent(): Dispatcher {
  insecure ??= new Agent({ connect: { rejectUnauthorized: false } });
  return insecure;
}

async function readBounded(body: Dispatcher.ResponseData['body']): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += (chunk as Buffer).length;
      if (size > MAX_BYTES) {
        body.destroy();
        return null;
      }
      chunks.push(chunk as Buffer);
    }
  } catch {
    return null;
  }
  return Buffer.concat(chunks);
}

/** The charset from the header, else from a `<meta>` in the first bytes, else UTF-8 (falling back to windows-1252). */
export function decodeHtml(body: Buffer, contentType: string): string {
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1]
    ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(body.subarray(0, 2048).toString('latin1'))?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(body);
    } catch {
      // an unknown label: guess as below
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}
