import { expect } from 'vitest';
import type { AuditResult } from '../../src/model/audit-result.js';
import { CHANNEL_NAMES } from '../../src/model/channel-items.js';
export { searchVerdictOf } from '../../src/audit/search-verdict.js';

/** A page by its path, without a trailing slash: the crawl's one page under both names (see `slashlessKey`), one name as a router shows it, the other as its host serves it. */
const where = (url: string) => new URL(url).pathname.replace(/(.)\/$/, '$1');
const steps = (path: AuditResult['channels']['phone']['path']) => path.map((step) => `${step.action}:${step.label}:${where(step.url)}`);

/**
 * Everything a verdict is made of, with the server's port left out so that two audits of the
 * same site compare: per channel what was found, at how many clicks, by which path; rules,
 * score, barriers; and, for an audit of both devices, each device's own clicks and paths.
 */
export function verdictOf(result: AuditResult) {
  return {
    finalPath: where(result.finalUrl),
    channels: Object.fromEntries(CHANNEL_NAMES.map((channel) => {
      const got = result.channels[channel];
      return [channel, {
        found: got.found,
        clicks: got.clicks,
        path: steps(got.path),
        items: got.items.map((item) => `${item.value}@${item.clicks}`).sort(),
      }];
    })),
    humanContactClicks: result.humanContactClicks,
    channelChoice: result.channelChoice,
    rules: Object.fromEntries(result.rules.map((rule) => [rule.id, rule.status])),
    score: result.score,
    grade: result.grade,
    barriers: result.barriers.map((barrier) => `${barrier.kind}@${barrier.clicks}`),
    contactLinkCoverage: result.signals.contactLinkCoverage.pagesWithout.map((p) => where(p.url)),
    devices: result.devices?.runs.map((run) => ({
      device: run.device,
      humanContactClicks: run.humanContactClicks,
      channels: Object.fromEntries(Object.entries(run.channels).map(([channel, got]) => [channel, { found: got.found, clicks: got.clicks, path: steps(got.path) }])),
      barriers: run.barriers.map((barrier) => `${barrier.kind}@${barrier.clicks}`),
    })),
  };
}

/**
 * Every view the audit kept was read in the browser, on every device it ran on: an audit by
 * engine auto that did so has a rendered verdict already, and is its own reference.
 */
export function everyViewRendered(result: AuditResult): boolean {
  const crawls = result.devices ? result.devices.runs.map((run) => run.crawl) : [result.crawl];
  return crawls.every((crawl) => crawl.pages !== undefined && crawl.pages.every((page) => page.engine === 'browser'));
}

/**
 * An audit by engine auto and its rendered reference: itself where it read every view it kept in
 * the browser, else the same audit by engine browser, the only reading whose verdict can differ.
 */
export async function autoWithReference(auto: () => Promise<AuditResult>, browser: () => Promise<AuditResult>): Promise<[AuditResult, AuditResult]> {
  const viaAuto = await auto();
  return [viaAuto, everyViewRendered(viaAuto) ? viaAuto : await browser()];
}

/** Engine auto's verdict is its rendered reference's (see `autoWithReference`); `message` says more when it is not. */
export function expectReferenceVerdict(auto: AuditResult, reference: AuditResult, message?: string): void {
  expect(auto.crawl.engine).toBe('auto');
  if (reference === auto) {
    expect(everyViewRendered(auto)).toBe(true);
    return;
  }
  expect(reference.crawl.pagesFetched).toBe(0);
  expect(verdictOf(auto), message).toEqual(verdictOf(reference));
}
