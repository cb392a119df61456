import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
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

  it('a page with every tab busy takes the first tab to come free within the time a tab takes to open, else a tab of its own', async () => {
    const context = await browser.newContext();
    try {
      const pool = new PagePool(context, 3);
      const first = await pool.acquire();
      // Freed while the next page waits: it is handed that tab, and no tab is opened.
      const waiting = pool.acquire();
      pool.release(first, true);
      expect(await waiting).toBe(first);
      expect(pool.tabsCreated).toBe(1);
      // Held on to: the next page gets a tab of its own once the wait is over.
      const second = await pool.acquire();
      expect(second).not.toBe(first);
      expect(pool.tabsCreated).toBe(2);
      // Freed after that page gave up waiting, the tab is idle for the next.
      pool.release(first, true);
      expect(await pool.acquire()).toBe(first);
      expect(pool.tabsCreated).toBe(2);
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

describe('the tab pool on a machine whose every core is busy', () => {
  const spinners: ChildProcess[] = [];
  beforeAll(() => {
    for (let i = 0; i < availableParallelism(); i++) spinners.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  });
  afterAll(() => {
    for (const spinner of spinners) spinner.kill('SIGKILL');
  });

  it('a page with every tab busy waits past the time a tab takes to open for one to come free, rather than start a renderer that only slows the others', async () => {
    const context = await browser.newContext();
    try {
      const pool = new PagePool(context, 3);
      const first = await pool.acquire();
      const waiting = pool.acquire();
      // Longer than any wait on an idle machine (the time opening a tab took, at most a second).
      await sleep(2_000);
      pool.release(first, true);
      expect(await waiting).toBe(first);
      expect(pool.tabsCreated).toBe(1);
    } finally {
      await context.close();
    }
  });
});
