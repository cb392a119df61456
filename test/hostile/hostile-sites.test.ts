import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/run-audit.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { SiteUnreachableError } from '../../src/errors.js';
import type { AuditResult } from '../../src/model/audit-result.js';
import { HOSTILE_EMAILS, HOSTILE_PHONES, serveHostileSite, type HostileSite } from '../helpers/hostile-server.js';

let browser: Browser;
let site: HostileSite;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveHostileSite();
});
afterAll(async () => {
  await site?.close();
  await browser?.close();
});

/** Audits the ordinary home page that links to one trap; small budgets keep every case short. */
function auditTrap(trap: string, options: { timeoutSeconds?: number; maxPages?: number; maxDepth?: number } = {}): Promise<AuditResult> {
  return audit({
    url: `${site.url}/home?to=${encodeURIComponent(trap)}`,
    timeoutSeconds: options.timeoutSeconds ?? 20,
    maxPages: options.maxPages ?? 20,
    maxDepth: options.maxDepth ?? 4,
    lang: 'en',
  }, {}, browser);
}

const phones = (result: AuditResult) => result.channels.phone.items.map((item) => item.value);
const emails = (result: AuditResult) => result.channels.email.items.map((item) => item.value);
const errorFor = (result: AuditResult, path: string) => result.crawl.errors.find((error) => new URL(error.url).pathname === path);

/**
 * The cases are independent audits in the one browser, each in its own context, and most of their
 * time is a bound running out (a page that never finishes, a server that drips): they run side by
 * side, the longest first.
 */
describe.concurrent('hostile sites: every audit ends with an honest partial result', () => {
  it('a 6 MB page, over the limit of a page read over HTTP, is read in the browser within bounds', async () => {
    const result = await auditTrap('/huge', { timeoutSeconds: 45 });
    expect(phones(result)).toContain(HOSTILE_PHONES.home);
    expect(phones(result)).toContain(HOSTILE_PHONES.trap);
    expect(errorFor(result, '/huge')).toBeUndefined();
    expect(result.crawl.stoppedBecause).not.toBe('timeout');
  });

  it('a script in an endless loop costs that page, not the audit', async () => {
    const result = await auditTrap('/busy-later', { timeoutSeconds: 40 });
    expect(phones(result)).toContain(HOSTILE_PHONES.home);
    expect(errorFor(result, '/busy-later')?.reason).toMatch(/did not finish/);
    expect(result.crawl.stoppedBecause).toBe('complete');
  });

  it('a server that drips one byte a second ends within the time budget', async () => {
    const result = await auditTrap('/drip', { timeoutSeconds: 8 });
    expect(['timeout', 'complete']).toContain(result.crawl.stoppedBecause);
    expect(result.crawl.errors.some((error) => /timed out/.test(error.reason)) || result.crawl.stoppedBecause === 'timeout').toBe(true);
    expect(phones(result)).toContain(HOSTILE_PHONES.home);
  });

  it('a redirect loop behind a link is recorded and the rest is kept', async () => {
    const result = await auditTrap('/loop/a');
    expect(errorFor(result, '/loop/a')?.reason).toMatch(/ERR_TOO_MANY_REDIRECTS/);
    expect(phones(result)).toContain(HOSTILE_PHONES.home);
    expect(result.crawl.stoppedBecause).toBe('complete');
  });

  it('a redirect chain of 30 is cut and recorded', async () => {
    const result = await auditTrap('/chain?n=0');
    expect(errorFor(result, '/chain')?.reason).toMatch(/ERR_TOO_MANY_REDIRECTS/);
    expect(phones(result)).toEqual([HOSTILE_PHONES.home]);
  });

  it('an infinite calendar is bounded by the depth and page budgets', async () => {
    const result = await auditTrap('/calendar?m=0', { maxDepth: 4, maxPages: 8 });
    expect(['max-depth', 'max-pages']).toContain(result.crawl.stoppedBecause);
    expect(result.crawl.pagesVisited).toBeLessThanOrEqual(8);
    expect(result.crawl.pagesNotExamined).toBeGreaterThan(0);
  });

  it('a page with 20,000 links is read with bounded links and the budget holds', async () => {
    // The page budget, not the clock, must end this audit: time enough for six heavy pages on a busy machine.
    const result = await auditTrap('/many-links', { maxPages: 6, timeoutSeconds: 90 });
    expect(result.crawl.stoppedBecause).toBe('max-pages');
    expect(result.crawl.pagesVisited).toBe(6);
    expect(phones(result)).toContain(HOSTILE_PHONES.trap);
  });

  it('a page whose load never finishes is still read', async () => {
    const result = await auditTrap('/never-loads');
    expect(phones(result)).toContain(HOSTILE_PHONES.trap);
    expect(result.channels.phone.items.find((item) => item.value === HOSTILE_PHONES.trap)?.clicks).toBe(1);
  });

  it('alert, confirm, prompt and beforeunload dialogs are dismissed', async () => {
    const result = await auditTrap('/dialogs');
    expect(phones(result)).toContain(HOSTILE_PHONES.trap);
    expect(errorFor(result, '/dialogs')).toBeUndefined();
  });

  it('a download is refused and recorded, nothing is saved', async () => {
    const result = await auditTrap('/download');
    expect(errorFor(result, '/download')?.reason).toMatch(/download|not a web page/);
  });

  it('popups are refused or closed and never counted; target=_blank links are followed as links', async () => {
    const result = await auditTrap('/popup');
    expect(phones(result)).toContain(HOSTILE_PHONES.trap);
    const contact = result.channels.phone.items.find((item) => item.value === HOSTILE_PHONES.trap)!;
    expect(contact.clicks).toBe(1);
    expect(result.crawl.errors.filter((error) => !error.url.startsWith(site.url))).toEqual([]);
  });

  it('a PDF or other non-HTML response is not read as a page', async () => {
    const result = await auditTrap('/document');
    expect(errorFor(result, '/document')?.reason).toMatch(/not a web page|download/);
  });

  it.each([['/e404', 'HTTP 404'], ['/e500', 'HTTP 500'], ['/e503', 'HTTP 503']])('%s is recorded as %s', async (path, reason) => {
    const result = await auditTrap(path);
    expect(errorFor(result, path)?.reason).toBe(reason);
    expect(phones(result)).toContain(HOSTILE_PHONES.home);
  });

  it('a meta refresh is followed to the page it names', async () => {
    const result = await auditTrap('/refresh');
    expect(phones(result)).toContain(HOSTILE_PHONES.trap);
  });

  it('ISO-8859-1 Swedish text is decoded', async () => {
    const result = await auditTrap('/latin1');
    expect(result.channels.hours.items.map((item) => item.schedule)).toContain('Mo-Fr 08:00-17:00');
    expect(phones(result)).toContain(HOSTILE_PHONES.trap);
  });

  it('a phone number inside a same-origin iframe counts, at the clicks of the page around it', async () => {
    const result = await auditTrap('/framed');
    const item = result.channels.phone.items.find((found) => found.value === HOSTILE_PHONES.frame);
    expect(item?.clicks).toBe(1);
    expect(new URL(item!.pageUrl).pathname).toBe('/framed');
  });

  it('a cross-origin iframe is listed as a frame source, not read', async () => {
    // The frame does load and show its number: what the audit cannot do is read it from the page.
    const tab = await browser.newPage();
    await tab.goto(`${site.url}/cross-frame`, { waitUntil: 'load' });
    const frame = tab.frames().find((candidate) => candidate.url().startsWith('http://localhost:'));
    expect(await frame?.textContent('body')).toContain('08-555 123 45');
    await tab.close();
    const framesOf = new Map<string, string[]>();
    const result = await audit({ url: `${site.url}/home?to=/cross-frame`, timeoutSeconds: 20, lang: 'en' }, {
      onPageDone: (snapshot) => framesOf.set(new URL(snapshot.url).pathname, snapshot.iframeSrcs),
    }, browser);
    expect(framesOf.get('/cross-frame')).toEqual([expect.stringMatching(/^http:\/\/localhost:\d+\/frame-content$/)]);
    expect(phones(result)).toEqual([HOSTILE_PHONES.home]);
  });

  it('an e-mail address inside an open shadow root counts', async () => {
    const result = await auditTrap('/shadow');
    expect(result.channels.email.items.find((found) => found.value === HOSTILE_EMAILS.shadow)?.clicks).toBe(1);
  });

  it('a "show number" button inside a shadow root is one more click', async () => {
    const result = await auditTrap('/shadow-reveal');
    const item = result.channels.phone.items.find((found) => found.value === HOSTILE_PHONES.frame);
    expect(item?.clicks).toBe(2);
    expect(item?.path.map((step) => step.action)).toEqual(['start', 'link', 'reveal']);
  });

  it('hidden iframes and hidden shadow content do not count', async () => {
    const result = await auditTrap('/hidden-inside');
    expect(result.crawl.pagesRendered).toBe(2);
    expect(phones(result)).toEqual([HOSTILE_PHONES.home]);
    expect(emails(result)).toEqual([]);
  });

  it('file: and browser-internal links, frames, refreshes and script navigations are never followed', async () => {
    const result = await auditTrap('/file-links');
    expect(result.channels.phone.items.find((item) => item.value === HOSTILE_PHONES.trap)?.clicks).toBe(1);
    expect(result.crawl.pagesVisited).toBe(2);
    expect(result.crawl.pagesNotExamined).toBe(0);
    const everyUrl = [result.finalUrl, ...result.crawl.errors.map((error) => error.url), ...result.channels.phone.items.map((item) => item.pageUrl)];
    expect(everyUrl.filter((url) => !url.startsWith(site.url))).toEqual([]);
  });

  it('each audit starts with its own cookies and storage, even in a shared browser', async () => {
    // The fixture tells a returning visitor apart: in one context, the second visit has no number.
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${site.url}/remember`);
    await tab.goto(`${site.url}/remember`);
    expect(await tab.textContent('body')).toContain('Välkommen tillbaka');
    await context.close();
    for (let run = 0; run < 2; run++) {
      const result = await auditTrap('/remember');
      expect(result.channels.phone.items.find((item) => item.value === HOSTILE_PHONES.trap)?.clicks).toBe(1);
    }
  });

  it('a redirect loop at the start URL means the site cannot be audited', async () => {
    await expect(audit({ url: `${site.url}/loop/a`, timeoutSeconds: 20 }, {}, browser)).rejects.toThrow(SiteUnreachableError);
  });
});
