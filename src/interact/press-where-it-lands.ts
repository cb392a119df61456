import type { Page } from 'playwright-core';
import { whereToPress } from '../page/where-to-press.js';
import { paced } from '../util/machine-pace.js';
import { withTimeout } from '../util/with-timeout.js';

/** A call into the page that does not answer within this long (a busy machine stretches it) presses nothing. */
const SCRIPT_MS = 3_000;

/**
 * Presses the element `selector` names with the mouse, as a person does, where the page says a
 * click lands on it, after one plain call into the page. Playwright's click first installs its own
 * in-page script on the document (300–400 ms beside three other tabs loading a site's pages) and
 * waits frames for the element to stand still: on a consent dialog every tab of a site's first pages
 * meets, and on every control a view is opened by, that was most of the press. False, with nothing
 * pressed, when the click would not land on it (covered, in no view): the caller's own click then.
 */
export async function pressWhereItLands(page: Page, selector: string): Promise<boolean> {
  const point = await withTimeout(page.evaluate(whereToPress, selector), paced(SCRIPT_MS), 'finding where to press').catch(() => null);
  if (!point) return false;
  return page.mouse.click(point.x, point.y).then(() => true, () => false);
}
