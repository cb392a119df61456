import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Runs DuckDuckGo's autoconsent in a page: its rules know hundreds of consent platforms
 * (OneTrust, Cookiebot, CookieYes, Didomi, Usercentrics, Quantcast, TrustArc, Sourcepoint…)
 * and how to opt out of each. The Playwright build talks through two functions: the page
 * calls `autoconsentSendMessage(msg)`, we answer with `autoconsentReceiveMessage(reply)`.
 */

export interface AutoconsentOutcome {
  /** The consent platform autoconsent recognised. */
  cmp: string;
  optedOut: boolean;
  clicks: number;
}

interface Loaded {
  script: string;
  rules: unknown;
}

let loaded: Loaded | null | undefined;

function load(): Loaded | null {
  if (loaded !== undefined) return loaded;
  try {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('@duckduckgo/autoconsent/rules/rules.json'));
    const script = readFileSync(join(root, '..', 'dist', 'autoconsent.playwright.js'), 'utf8');
    const compact = JSON.parse(readFileSync(join(root, 'compact-rules.json'), 'utf8')) as unknown;
    loaded = { script, rules: { autoconsent: [], compact } };
  } catch {
    loaded = null;
  }
  return loaded;
}

const CONFIG = {
  enabled: true,
  autoAction: 'optOut',
  disabledCmps: [],
  enablePrehide: false,
  enableCosmeticRules: false,
  enableGeneratedRules: true,
  detectRetries: 4,
  // The bundle is evaluated in the page's own world, so a rule's checks run there directly: each one sent
  // through Node instead must answer within autoconsent's 1 s, which a busy machine misses (a wrong verdict).
  isMainWorld: true,
  prehideTimeout: 1000,
  enableHeuristicDetection: true,
  enablePopupMutationObserver: false,
  visualTest: false,
  logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
  performanceLoggingEnabled: false,
  heuristicPopupSearchTimeout: 1000,
  heuristicMode: 'reject',
};

const bound = new WeakSet<Page>();
const listeners = new WeakMap<Page, (message: Record<string, unknown>) => void>();

/** Opts out of a recognised consent platform; null when none is recognised within `maxMs`. */
export async function runAutoconsent(page: Page, maxMs: number): Promise<AutoconsentOutcome | null> {
  const bundle = load();
  if (!bundle) return null;
  if (!bound.has(page)) {
    bound.add(page);
    await page.exposeBinding('autoconsentSendMessage', (_source, message: unknown) => {
      if (message && typeof message === 'object') listeners.get(page)?.(message as Record<string, unknown>);
    });
  }
  const reply = (message: unknown) =>
    page.evaluate((sent) => (window as unknown as { autoconsentReceiveMessage?: (m: unknown) => unknown }).autoconsentReceiveMessage?.(sent), message).catch(() => undefined);
  return new Promise<AutoconsentOutcome | null>((resolve) => {
    let cmp = '';
    let settled = false;
    const finish = (outcome: AutoconsentOutcome | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      listeners.delete(page);
      resolve(outcome);
    };
    const timer = setTimeout(() => finish(null), maxMs);
    listeners.set(page, (message) => {
      switch (message.type) {
        case 'init':
          void reply({ type: 'initResp', rules: bundle.rules, config: CONFIG });
          break;
        case 'eval':
          void page.evaluate(String(message.code))
            .then((result) => reply({ type: 'evalResp', id: message.id, result: Boolean(result) }))
            .catch(() => reply({ type: 'evalResp', id: message.id, result: false }));
          break;
        case 'popupFound':
        case 'cmpDetected':
          cmp = String(message.cmp ?? cmp);
          break;
        case 'optOutResult':
          if (message.result !== true) finish(null);
          break;
        case 'autoconsentDone':
          finish({ cmp: String(message.cmp ?? cmp), optedOut: true, clicks: Number(message.totalClicks ?? 1) || 1 });
          break;
        case 'report': {
          const state = message.state as { lifecycle?: string } | undefined;
          if (state?.lifecycle === 'nothingDetected') finish(null);
          break;
        }
        default:
          break;
      }
    });
    void page.evaluate(bundle.script).catch(() => finish(null));
  });
}
