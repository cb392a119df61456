import type { Page } from 'playwright-core';
import { paced } from '../util/machine-pace.js';
import { withTimeout } from '../util/with-timeout.js';
import { runAutoconsent } from './autoconsent.js';
import { CONSENT_WORDS, consentDialog, noDialogSeen, type ConsentDialogArgs, type ConsentSeen } from '../page/consent-dialog.js';
import { pressWhereItLands } from './press-where-it-lands.js';
import { inPage, inPageWith, type InPage } from '../page/in-page.js';
import { waitForSettle } from './settle.js';

/** A consent dialog that stood between the visitor and the page, and how it was passed. */
export interface ConsentPass {
  /** The platform (autoconsent's name for it) or 'generic'. */
  platform: string;
  /** The button pressed, when we chose it ourselves. */
  label: string;
  /** Clicks it took to pass: a barrier, not a click toward a contact channel. */
  clicks: number;
  /** It lay over (or blocked) contact details that are on the page. */
  covered: boolean;
  passed: boolean;
}

/** Containers of the common consent platforms: when one is on the page, autoconsent is worth its time. */
const PLATFORM_SELECTORS = [
  '#onetrust-banner-sdk', '#onetrust-consent-sdk', '#CybotCookiebotDialog', '#cookiebanner', '.cky-consent-container',
  '#didomi-host', '#usercentrics-root', '#usercentrics-cmp-ui', '.qc-cmp2-container', '#truste-consent-track',
  '#truste-consent-content', 'iframe[id^="sp_message_iframe"]', '#cmpbox', '#cookie-law-info-bar', '#cookiescript_injected',
  '#coiOverlay', '.cc-window', '#iubenda-cs-banner', '#axeptio_overlay', '#tarteaucitronRoot',
].join(', ');

/** Safety bounds, stretched on a busy machine (see machine-pace.ts): a consent platform's own steps take longer there. */
const SCRIPT_MS = 3_000;
const AUTOCONSENT_MS = 8_000;
/**
 * With no known platform's container shown, autoconsent is a last try that mostly finds
 * nothing; on a page whose banner kontaktkoll cannot pass, the full bound was paid on every page.
 */
const AUTOCONSENT_UNKNOWN_MS = 2_000;
const CLICK_MS = 4_000;

type Detection = ConsentSeen;

/** The button `consentDialog` marked as the one to press. */
const CHOSEN = '[data-kontaktkoll-consent]';

const DETECT_ARGS: ConsentDialogArgs = { mode: 'detect', platformSelectors: PLATFORM_SELECTORS, words: CONSENT_WORDS };
const MARK_ARGS: ConsentDialogArgs = { ...DETECT_ARGS, mode: 'mark' };

/** The call that answers true when no consent dialog is shown. */
export const NO_CONSENT_DIALOG: InPage<boolean> = inPageWith(noDialogSeen, { seen: inPage(consentDialog, DETECT_ARGS) });

async function detect(page: Page): Promise<Detection> {
  // Any shown platform container counts, not only the first in the document: OneTrust's outer
  // #onetrust-consent-sdk has no size of its own (its banner is position: fixed), and asking the
  // first match alone sent a real OneTrust banner to the generic fallback. A page whose script
  // never yields must not hang the audit here either.
  const seen = await withTimeout(
    page.evaluate(consentDialog, DETECT_ARGS) as Promise<Detection>,
    paced(SCRIPT_MS), 'looking for a consent dialog',
  ).catch(() => ({ found: false, covered: false, platform: false }));
  return { found: seen.found === true, covered: seen.covered === true, platform: seen.platform === true };
}

/**
 * Passes a cookie-consent dialog the way a privacy-minded person would: autoconsent's opt-out
 * for known platforms, otherwise the dialog's own "only necessary" / "reject" button, and only
 * failing that "save choices" or "accept". `beforePass` runs while the dialog is still shown
 * (for a screenshot). Returns null when there was no dialog.
 */
export async function passConsent(page: Page, beforePass?: () => Promise<void>): Promise<ConsentPass | null> {
  const seen = await detect(page);
  if (!seen.found) return null;
  await beforePass?.().catch(() => undefined);
  const viaRules = async (): Promise<ConsentPass | null> => {
    const auto = await runAutoconsent(page, paced(seen.platform ? AUTOCONSENT_MS : AUTOCONSENT_UNKNOWN_MS)).catch(() => null);
    if (!auto) return null;
    await waitForSettle(page, 1_000);
    return (await detect(page)).found ? null : { platform: auto.cmp, label: '', clicks: auto.clicks, covered: seen.covered, passed: true };
  };
  // A known platform: its rules know the way out (often a second layer). Otherwise the dialog's own buttons first.
  if (seen.platform) {
    const passed = await viaRules();
    if (passed) return passed;
  }
  const generic = await pressButtons(page, seen.covered);
  if (generic.passed || seen.platform) return generic;
  return (await viaRules()) ?? generic;
}

async function pressButtons(page: Page, covered: boolean): Promise<ConsentPass> {
  let clicks = 0;
  let label = '';
  for (let round = 0; round < 2; round++) {
    const chosen = await withTimeout(page.evaluate(consentDialog, MARK_ARGS) as Promise<string>, paced(SCRIPT_MS), 'choosing a consent button')
      .catch(() => '');
    if (!chosen) break;
    const clicked = await press(page, CHOSEN);
    // The dialog is usually gone by now: do not wait for the button to come back.
    await page.evaluate((selector) => document.querySelectorAll(selector).forEach((el) => el.removeAttribute('data-kontaktkoll-consent')), CHOSEN).catch(() => undefined);
    if (!clicked) break;
    clicks++;
    label ||= chosen;
    await waitForSettle(page, 1_000);
    if (!(await detect(page)).found) return { platform: 'generic', label, clicks, covered, passed: true };
  }
  return { platform: 'generic', label, clicks, covered, passed: false };
}

/** A person's click on the button (see `pressWhereItLands`); else Playwright's, which waits for it to be clickable (longer on a busy machine); failing that, the element's own click. */
async function press(page: Page, selector: string): Promise<boolean> {
  if (await pressWhereItLands(page, selector)) return true;
  const button = page.locator(selector).first();
  return button.click({ timeout: paced(CLICK_MS) }).then(() => true)
    .catch(() => withTimeout(button.evaluate((el) => (el as HTMLElement).click(), undefined, { timeout: paced(SCRIPT_MS) }), paced(SCRIPT_MS), 'clicking consent').then(() => true, () => false));
}
