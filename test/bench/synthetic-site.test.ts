import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breadthFirst, buildSiteModel, type ContactDepth, type SiteSpec } from '../../bench/site/site-model.js';
import { serveSyntheticSite, type ServedSyntheticSite } from '../../bench/site/site-server.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { audit } from '../../src/audit/run-audit.js';

interface Crawled {
  depth: Map<string, number>;
  status: Map<string, number>;
}

/** Breadth-first over what the server really sends: every `a[href]` on every page, as plain HTTP sees it. */
async function crawlServed(site: ServedSyntheticSite): Promise<Crawled> {
  const origin = new URL(site.url).origin;
  const depth = new Map<string, number>([['/', 0]]);
  const status = new Map<string, number>();
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await fetch(new URL(path, origin));
    status.set(path, response.status);
    const $ = cheerio.load(await response.text());
    for (const element of $('a[href]').toArray()) {
      const target = new URL($(element).attr('href')!, new URL(path, origin));
      if (target.origin !== origin || depth.has(target.pathname)) continue;
      depth.set(target.pathname, depth.get(path)! + 1);
      queue.push(target.pathname);
    }
  }
  return { depth, status };
}

async function withServed<T>(spec: SiteSpec, use: (site: ServedSyntheticSite, contactPath: string) => Promise<T>): Promise<T> {
  const model = buildSiteModel(spec);
  const site = await serveSyntheticSite(model);
  try {
    return await use(site, model.contactPath);
  } finally {
    await site.close();
  }
}

describe('synthetic benchmark sites', () => {
  it.each([1, 2, 3] as ContactDepth[])('puts the contact page at depth %i of the links the server sends, and serves exactly 100 pages', async (contactDepth) => {
    await withServed({ pages: 100, contactDepth, variant: 'plain' }, async (site, contactPath) => {
      const { depth, status } = await crawlServed(site);
      expect(depth.get(contactPath)).toBe(contactDepth);
      expect([...status.values()].every((code) => code === 200)).toBe(true);
      expect(status.size).toBe(100);
      expect(site.pagesServed()).toBe(100);
    });
  });

  it('serves the 1,000-page site in full over HTTP, with the contact details on the contact page only', async () => {
    await withServed({ pages: 1000, contactDepth: 2, variant: 'plain' }, async (site, contactPath) => {
      const { depth } = await crawlServed(site);
      expect(depth.size).toBe(1000);
      expect(depth.get(contactPath)).toBe(2);
      const origin = new URL(site.url).origin;
      const contact = await (await fetch(new URL(contactPath, origin))).text();
      expect(contact).toMatch(/href="tel:\+46812345670"/);
      expect(contact).toMatch(/href="mailto:kundservice@exempel\.se"/);
      expect(contact).toMatch(/<textarea/);
      expect(contact).toMatch(/<script src="\/chat\/widget\.js">/);
      const product = await (await fetch(new URL('/produkt/1000-robust-lampa-100/', origin))).text();
      expect(product).not.toMatch(/tel:|mailto:|chat\/widget|Öppettider|Besöksadress/);
    });
  });

  it.each([100, 1000, 5000])('builds exactly %i pages, every one reachable, at each contact depth', (pages) => {
    for (const contactDepth of [1, 2, 3] as ContactDepth[]) {
      const model = buildSiteModel({ pages, contactDepth, variant: 'plain' });
      const order = breadthFirst(model);
      expect(model.pages.size).toBe(pages);
      expect(order).toHaveLength(pages);
      expect(order.find((entry) => entry.path === model.contactPath)?.depth).toBe(contactDepth);
    }
  });

  it('builds the same site every time', () => {
    const first = buildSiteModel({ pages: 1000, contactDepth: 3, variant: 'plain' });
    const second = buildSiteModel({ pages: 1000, contactDepth: 3, variant: 'plain' });
    expect([...second.pages.values()]).toEqual([...first.pages.values()]);
  });

  it('puts a cookie dialog on every page of the consent variant', async () => {
    await withServed({ pages: 100, contactDepth: 2, variant: 'consent' }, async (site) => {
      const html = await (await fetch(new URL('/om-oss/', site.url))).text();
      expect(html).toMatch(/<div id="cookie-banner" role="dialog"/);
      expect(html).toMatch(/Endast nödvändiga/);
    });
  });
});

describe('the js-nav variant', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends no menu or footer links in its HTML, so plain HTTP never reaches customer service', async () => {
    await withServed({ pages: 100, contactDepth: 2, variant: 'js-nav' }, async (site, contactPath) => {
      const html = await (await fetch(site.url)).text();
      const $ = cheerio.load(html);
      expect($('nav a[href]').length).toBe(0);
      expect($('footer a[href]').length).toBe(0);
      const { depth } = await crawlServed(site);
      expect(depth.has('/kundservice/')).toBe(false);
      expect(depth.has(contactPath)).toBe(false);
    });
  });

  it('shows the menu once its script has run in a browser', async () => {
    await withServed({ pages: 100, contactDepth: 2, variant: 'js-nav' }, async (site) => {
      const page = await browser.newPage();
      try {
        await page.goto(site.url, { waitUntil: 'load' });
        const menu = await page.$$eval('nav a[href]', (links) => links.map((link) => link.getAttribute('href')));
        expect(menu).toContain('/kundservice/');
        expect(await page.$$eval('footer a[href]', (links) => links.length)).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    });
  });
});

describe('kontaktkoll on a synthetic site', () => {
  it('finds every channel at the contact page\'s depth and stops early there', async () => {
    await withServed({ pages: 100, contactDepth: 2, variant: 'plain' }, async (site) => {
      const result = await audit({ url: site.url, maxPages: 300, maxDepth: 12, timeoutSeconds: 50, rules: 'se', lang: 'en' });
      expect(Object.fromEntries(Object.entries(result.channels).map(([name, channel]) => [name, channel.clicks])))
        .toEqual({ phone: 2, email: 2, form: 2, chat: 2, address: 2, hours: 2 });
      expect(result.crawl.stoppedBecause).toBe('early-stop');
      expect(result.crawl.pagesVisited).toBeLessThan(100);
    });
  });
});
