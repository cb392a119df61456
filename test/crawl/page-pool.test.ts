import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { PAGES_PER_TAB, PagePool } from '../../src/crawl/page-pool.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the tab pool', () => {
  it('reuses a tab, and replaces it after so many pages so that memory does not grow with the pages examined', async () => {
    const context = await browser.newContext();
    try {
      const pool = new PagePool(context, 1);
      const first = await pool.acquire();
      pool.release(first, true);
      for (let use = 2; use <= PAGES_PER_TAB; use++) {
        const again = await pool.acquire();
        expect(again).toBe(first);
        pool.release(again, true);
      }
      const fresh = await pool.acquire();
      expect(fresh).not.toBe(first);
      expect(pool.tabsCreated).toBe(2);
      await expect.poll(() => first.isClosed()).toBe(true);
      pool.release(fresh, true);
    } finally {
      await context.close();
    }
  });

  it('opens a tab only when a page needs one, side by side when several do, and reuses them', async () => {
    const context = await browser.newContext();
    try {
      const pool = new PagePool(context, 3);
      expect(pool.tabsCreated).toBe(0);
      const tabs = await Promise.all([pool.acquire(), pool.acquire(), pool.acquire()]);
      expect(new Set(tabs).size).toBe(3);
      expect(pool.tabsCreated).toBe(3);
      for (const tab of tabs) pool.release(tab, true);
      const again = await Promise.all([pool.acquire(), pool.acquire()]);
      expect(again.every((tab) => tabs.includes(tab))).toBe(true);
      expect(pool.tabsCreated).toBe(3);
    } finally {
      await context.close();
    }
  });

  it('throws away a tab that misbehaved', async () => {
    const context = await browser.newContext();
    try {
      const pool = new PagePool(context, 2);
      const tab = await pool.acquire();
      pool.release(tab, false);
      const next = await pool.acquire();
      expect(next).not.toBe(tab);
      expect(pool.tabsCreated).toBe(2);
    } finally {
      await context.close();
    }
  });
});
