import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { chromium } from './playwright-core.js';
import { BrowserMissingError } from '../errors.js';

export interface FoundBrowser {
  executablePath: string;
  /** Where it was found: `KONTAKTKOLL_BROWSER`, `playwright` or `system`. */
  origin: 'env' | 'playwright' | 'system';
  /**
   * `headless-shell`: Chromium's build for headless use alone, which Playwright itself launches for
   * headless work. `full`: the whole browser, run headless, which on every new tab also starts a
   * spare process and the browser's own interface pages: about three times the CPU for each context
   * and twice for each page. An audit reads the same with either.
   */
  kind: 'headless-shell' | 'full';
}

/**
 * Chromium's headless shell first: kontaktkoll never shows a window. Debian's own binary before
 * its `/usr/bin` script, which starts it as a child rather than in its place: a signal to the
 * process Playwright started would reach the script and leave the browser running.
 */
const SYSTEM_HEADLESS_SHELL = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];
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
  '  npx playwright-core install chromium        (downloads Playwright\'s Chromium and its headless shell)',
  '  sudo apt-get install chromium-headless-shell (Debian/Ubuntu; or chromium)',
  'or point KONTAKTKOLL_BROWSER at a Chromium/Chrome executable.',
].join('\n');

/** What a file named like Chromium's headless shell is (`chrome-headless-shell`, `chromium-headless-shell`). */
export function browserKind(executablePath: string): FoundBrowser['kind'] {
  return /headless[-_]shell(\.exe)?$/i.test(basename(executablePath)) ? 'headless-shell' : 'full';
}

/**
 * Playwright's headless shell beside its Chromium: `<browsers>/chromium-<rev>/chrome-<os>/chrome`
 * has it at `<browsers>/chromium_headless_shell-<rev>/chrome-headless-shell-<os>/chrome-headless-shell`.
 * Playwright downloads both by default, and launches the shell for headless work when it picks itself.
 */
export function headlessShellBeside(chromiumPath: string): string | null {
  const revisionDir = dirname(dirname(chromiumPath));
  const revision = /^chromium-(\d+)$/.exec(basename(revisionDir))?.[1];
  if (!revision) return null;
  const shellDir = join(dirname(revisionDir), `chromium_headless_shell-${revision}`);
  let platforms: string[];
  try {
    platforms = readdirSync(shellDir).filter((name) => name.startsWith('chrome-headless-shell'));
  } catch {
    return null;
  }
  for (const platform of platforms) {
    for (const name of ['chrome-headless-shell', 'chrome-headless-shell.exe']) {
      const path = join(shellDir, platform, name);
      if (existsSync(path)) return path;
    }
  }
  return null;
}

/** Every system Chromium installed here, headless shells first: for comparing builds (`npm run bench -- --builds`). */
export function systemBrowsers(): FoundBrowser[] {
  return [...SYSTEM_HEADLESS_SHELL, ...SYSTEM_CHROMIUM].filter((path) => existsSync(path)).map((executablePath) => ({ executablePath, origin: 'system', kind: browserKind(executablePath) }));
}

function playwrightOwn(): string | null {
  let path: string;
  try {
    path = chromium.executablePath();
  } catch {
    return null;
  }
  if (!path) return null;
  const shell = headlessShellBeside(path);
  if (shell) return shell;
  return existsSync(path) ? path : null;
}

/**
 * KONTAKTKOLL_BROWSER first, then Playwright's own (its headless shell where downloaded), then a
 * system headless shell, then a system Chromium or Chrome.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  const found = (executablePath: string, origin: FoundBrowser['origin']): FoundBrowser => ({ executablePath, origin, kind: browserKind(executablePath) });
  const fromEnv = env.KONTAKTKOLL_BROWSER;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new BrowserMissingError(`KONTAKTKOLL_BROWSER points at ${fromEnv}, which does not exist`, INSTALL_HINT);
    }
    return found(fromEnv, 'env');
  }
  const own = playwrightOwn();
  if (own) return found(own, 'playwright');
  const [system] = systemBrowsers();
  if (system) return system;
  throw new BrowserMissingError('no Chromium browser found', INSTALL_HINT);
}
