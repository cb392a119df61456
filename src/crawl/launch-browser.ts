import type { Browser } from 'playwright-core';
import { chromium } from './playwright-core.js';
import { UsageError } from '../errors.js';
import { findBrowser } from './find-browser.js';

/**
 * Flags that keep Chromium from calling home: on closed networks its background
 * connections fail by the dozen and slow every start. The bench's browser peers launch with the same.
 */
export const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];

/**
 * What the crawl never uses, not loaded at all: web fonts. Every crawl tab blocks fonts
 * (blocked-requests.ts), but each blocked font was still a request the browser paused, handed to
 * Node and failed there, and a font the page then laid its text out again without: a WordPress
 * theme asks for a dozen on every page (fi-heikkila-co: 785 in 60 pages, more than half of the
 * requests the crawl answered), and the page's settle waited for Node's answer to each. A page
 * sees the same as when the request is blocked: the font fails to load (a `FontFace` rejects with
 * a NetworkError, `document.fonts.ready` resolves) and its text is drawn in the fallback font.
 * Not for the bench's peers: the raw loop is plain Playwright.
 */
export const READING_FLAGS = ['--disable-remote-fonts'];

/**
 * Every host but the loopback fails to resolve at once: no request reaches a live site or a CDN.
 * The corpus and the real-site bench launch every browser with it.
 */
export const LOOPBACK_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1';

/** Extra Chromium flags for every browser the CLI launches (after QUIET_FLAGS and READING_FLAGS). */
export const BROWSER_ARGS_ENV = 'KONTAKTKOLL_BROWSER_ARGS';

/**
 * The flags in `KONTAKTKOLL_BROWSER_ARGS`: a JSON array of strings (`["--flag=a b"]`), or words
 * split at white space as a shell would, with '…' and "…" keeping spaces inside one flag
 * (`--lang=sv "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"`). Each must be a
 * `--switch`: anything else would be opened by Chromium as a page.
 */
export function parseBrowserArgs(text: string | undefined): string[] {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return [];
  const args = trimmed.startsWith('[') ? jsonArgs(trimmed) : shellWords(trimmed);
  const bad = args.find((arg) => !/^--[A-Za-z0-9]/.test(arg));
  if (bad !== undefined) throw new UsageError(`${BROWSER_ARGS_ENV}: "${bad}" is not a Chromium switch (--name or --name=value)`);
  return args;
}

function jsonArgs(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`${BROWSER_ARGS_ENV}: starts with "[" but is not a JSON array of strings`);
  }
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
    throw new UsageError(`${BROWSER_ARGS_ENV}: a JSON value must be an array of strings`);
  }
  return parsed.filter((item) => item !== '');
}

function shellWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (quote === "'") {
      if (char === "'") quote = null;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = null;
      else if (char === '\\' && (text[at + 1] === '"' || text[at + 1] === '\\')) word += text[++at];
      else word += char;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      inWord = true;
      if (char === '"' || char === "'") quote = char;
      else if (char === '\\' && at + 1 < text.length) word += text[++at];
      else word += char;
    }
  }
  if (quote) throw new UsageError(`${BROWSER_ARGS_ENV}: a ${quote} quote is not closed`);
  if (inWord) words.push(word);
  return words;
}

/** The flags every launch takes: QUIET_FLAGS and READING_FLAGS, then those of `KONTAKTKOLL_BROWSER_ARGS`. */
export function browserLaunchArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  return [...QUIET_FLAGS, ...READING_FLAGS, ...parseBrowserArgs(env[BROWSER_ARGS_ENV])];
}

export async function launchBrowser(): Promise<Browser> {
  const args = browserLaunchArgs();
  const { executablePath } = findBrowser();
  return chromium.launch({ executablePath, headless: true, args, timeout: 30_000 });
}
