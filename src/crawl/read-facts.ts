import type { Response } from 'playwright-core';
import type { ReadEngine } from '../model/audit-result.js';

/** A document as it came over the network, kept only for an evidence bundle. */
export interface CapturedResponse {
  url: string;
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: Buffer;
}

/** How one view was read: the crawl log's entry, and what an evidence bundle keeps of it. */
export interface ReadFacts {
  engine: ReadEngine;
  /** When the reading finished, ms since epoch. */
  at: number;
  status: number | null;
  /** Why engine `auto` rendered this view rather than take its HTML. */
  renderedBecause?: string;
  /** The document as fetched (HTTP) or as the browser received it; only when capture was asked for. */
  response?: CapturedResponse;
  /** The DOM as rendered when it was read (browser only); only when capture was asked for. */
  dom?: string;
}

/**
 * The browser's copy of a response. Redirects, client-side routes and responses already
 * evicted have no body to give; the evidence then says so rather than the audit failing.
 */
export async function capturedFromBrowser(response: Response | null): Promise<CapturedResponse | undefined> {
  if (!response) return undefined;
  try {
    const [body, headers] = await Promise.all([response.body(), response.headersArray()]);
    return {
      url: response.url(), status: response.status(), statusText: response.statusText(),
      headers: headers.map(({ name, value }) => [name, value] as [string, string]), body,
    };
  } catch {
    return undefined;
  }
}

/** Says, in the crawl log, why `auto` rendered a view rather than take its HTML. */
export function renderedBecause<T extends { facts?: ReadFacts }>(outcome: T, because: string): T {
  return outcome.facts ? { ...outcome, facts: { ...outcome.facts, renderedBecause: because } } : outcome;
}
