import { existsSync } from 'node:fs';
import { chromium } from './playwright-core.js';
import { BrowserMissingError } from '../errors.js';

export interface FoundBrowser {
  executablePath: string;
  /** Where it was found: `KONTAKTKOLL_BROWSER`, `playwright` or `system`. */
  origin: 'env' | 'playwright' | 'system';
}

const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_HINT = [
  'install one of:',
  '  npx playwright-core install chromium        (downloads Playwright\'s Chromium)',
  '  sudo apt-get install chromium               (Debian/Ubuntu)',
  'or point KONTAKTKOLL_BROWSER at a Chromium/Chrome executable.',
].join('\n');

function playwrightOwn(): string | null {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** KONTAKTKOLL_BROWSER first, then Playwright's own Chromium, then a system Chromium or Chrome. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  const fromEnv = env.KONTAKTKOLL_BROWSER;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new BrowserMissingError(`KONTAKTKOLL_BROWSER points at ${fromEnv}, which does not exist`, INSTALL_HINT);
    }
    return { executablePath: fromEnv, origin: 'env' };
  }
  const own = playwrightOwn();
  if (own) return { executablePath: own, origin: 'playwright' };
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return { executablePath: system, origin: 'system' };
  throw new BrowserMissingError('no Chromium browser found', INSTALL_HINT);
}
