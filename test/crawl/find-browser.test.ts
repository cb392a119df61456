import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { browserKind, findBrowser, headlessShellBeside } from '../../src/crawl/find-browser.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
/** A browsers folder laid out as Playwright downloads into it; returns the path of each file made. */
function browsersFolder(files: string[]): (path: string) => string {
  const root = mkdtempSync(join(tmpdir(), 'kk-browsers-'));
  made.push(root);
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '#!/bin/sh\n');
  }
  return (path) => join(root, path);
}

describe('which Chromium build an executable is', () => {
  it('names headless shells as such, whoever built them, and everything else a full browser', () => {
    expect(browserKind('/usr/bin/chromium-headless-shell')).toBe('headless-shell');
    expect(browserKind('/usr/lib/chromium/chromium-headless-shell')).toBe('headless-shell');
    expect(browserKind('/home/a/.cache/ms-playwright/chromium_headless_shell-1255/chrome-headless-shell-linux64/chrome-headless-shell')).toBe('headless-shell');
    expect(browserKind('C:\\pw\\chromium_headless_shell-1255\\chrome-headless-shell-win64\\chrome-headless-shell.exe')).toBe('headless-shell');
    expect(browserKind('/usr/bin/chromium')).toBe('full');
    expect(browserKind('/opt/google/chrome/chrome')).toBe('full');
    // A folder's name is not the executable's.
    expect(browserKind('/opt/headless-shell/chrome')).toBe('full');
  });
});

describe("Playwright's headless shell beside its Chromium", () => {
  it('is found in the folder of the same revision, whatever the platform folder is called', () => {
    const at = browsersFolder(['chromium-1255/chrome-linux64/chrome', 'chromium_headless_shell-1255/chrome-headless-shell-linux64/chrome-headless-shell']);
    expect(headlessShellBeside(at('chromium-1255/chrome-linux64/chrome'))).toBe(at('chromium_headless_shell-1255/chrome-headless-shell-linux64/chrome-headless-shell'));
  });

  it('is found when only the shell was downloaded (the Chromium it is named beside need not exist)', () => {
    const at = browsersFolder(['chromium_headless_shell-1300/chrome-headless-shell-mac-arm64/chrome-headless-shell']);
    expect(headlessShellBeside(at('chromium-1300/chrome-mac-arm64/chrome'))).toBe(at('chromium_headless_shell-1300/chrome-headless-shell-mac-arm64/chrome-headless-shell'));
  });

  it('is not taken from another revision, nor guessed where none was downloaded', () => {
    const at = browsersFolder(['chromium-1255/chrome-linux64/chrome', 'chromium_headless_shell-1254/chrome-headless-shell-linux64/chrome-headless-shell']);
    expect(headlessShellBeside(at('chromium-1255/chrome-linux64/chrome'))).toBeNull();
    expect(headlessShellBeside('/usr/bin/chromium')).toBeNull();
  });
});

describe('KONTAKTKOLL_BROWSER', () => {
  it('is used as given, and says which build it is', () => {
    const at = browsersFolder(['bin/chromium-headless-shell', 'bin/chrome']);
    expect(findBrowser({ KONTAKTKOLL_BROWSER: at('bin/chromium-headless-shell') })).toEqual({ executablePath: at('bin/chromium-headless-shell'), origin: 'env', kind: 'headless-shell' });
    expect(findBrowser({ KONTAKTKOLL_BROWSER: at('bin/chrome') })).toMatchObject({ origin: 'env', kind: 'full' });
  });

  it('pointing at nothing is an error that says how to install a browser', () => {
    expect(() => findBrowser({ KONTAKTKOLL_BROWSER: '/nowhere/chrome' })).toThrow(/KONTAKTKOLL_BROWSER points at \/nowhere\/chrome/);
  });
});
