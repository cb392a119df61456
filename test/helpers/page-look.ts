import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

/**
 * What the tests of a written page (the HTML report, summary.html) need of a real browser: the
 * page at a width and colour scheme, how wide the document is, and axe-core's verdict on it.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface OpenedPage {
  page: Page;
  close: () => Promise<void>;
}

export async function openPage(browser: Browser, url: string, width: number, colorScheme: 'light' | 'dark' = 'light', height = 900): Promise<OpenedPage> {
  // The pages' CSP forbids every script; axe is a test's tool, not the page's, so the test context bypasses it.
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url, { timeout: 15_000 });
  return { page, close: () => context.close() };
}

/** The document's scrolling width beside the viewport's: a page that fits has scroll ≤ viewport. */
export function documentWidth(page: Page): Promise<{ scroll: number; viewport: number }> {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: unknown[];
}

/** axe-core's serious and critical violations on the page as it is (the first three places of each). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.slice(0, 3).map((node) => node.target) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
