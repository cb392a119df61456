import { describe, expect, it } from 'vitest';
import { BROWSER_ARGS_ENV, browserLaunchArgs, LOOPBACK_ONLY, parseBrowserArgs, QUIET_FLAGS, READING_FLAGS } from '../../src/crawl/launch-browser.js';
import { UsageError } from '../../src/errors.js';

describe(`${BROWSER_ARGS_ENV}: extra Chromium flags`, () => {
  it('is empty when unset or blank', () => {
    expect(parseBrowserArgs(undefined)).toEqual([]);
    expect(parseBrowserArgs('  \n ')).toEqual([]);
  });

  it('splits words at white space', () => {
    expect(parseBrowserArgs(' --lang=sv   --disable-extensions\t--mute-audio ')).toEqual(['--lang=sv', '--disable-extensions', '--mute-audio']);
  });

  it('keeps spaces inside quotes, as a shell does', () => {
    expect(parseBrowserArgs(`"${LOOPBACK_ONLY}" --lang=sv`)).toEqual([LOOPBACK_ONLY, '--lang=sv']);
    expect(parseBrowserArgs(`'--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'`)).toEqual([LOOPBACK_ONLY]);
    expect(parseBrowserArgs('--host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"')).toEqual([LOOPBACK_ONLY]);
    expect(parseBrowserArgs(String.raw`--a=x\ y "--b=say \"hi\""`)).toEqual(['--a=x y', '--b=say "hi"']);
  });

  it('takes a JSON array of strings', () => {
    expect(parseBrowserArgs(JSON.stringify([LOOPBACK_ONLY, '--lang=sv']))).toEqual([LOOPBACK_ONLY, '--lang=sv']);
  });

  it('refuses what is not a list of switches, as a usage error', () => {
    expect(() => parseBrowserArgs('--a "--b')).toThrow(/quote is not closed/);
    expect(() => parseBrowserArgs('[--a]')).toThrow(/JSON array/);
    expect(() => parseBrowserArgs('[1, 2]')).toThrow(/array of strings/);
    expect(() => parseBrowserArgs('--lang=sv https://example.com')).toThrow(/"https:\/\/example.com" is not a Chromium switch/);
    expect(() => parseBrowserArgs('-x')).toThrow(UsageError);
  });

  it('adds the flags after the quiet and the reading ones', () => {
    expect(browserLaunchArgs({})).toEqual([...QUIET_FLAGS, ...READING_FLAGS]);
    expect(browserLaunchArgs({ [BROWSER_ARGS_ENV]: `"${LOOPBACK_ONLY}"` })).toEqual([...QUIET_FLAGS, ...READING_FLAGS, LOOPBACK_ONLY]);
  });
});
