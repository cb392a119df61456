import { describe, expect, it } from 'vitest';
import { buildsToCompare, type BuildsBenchResults } from '../../bench/builds/run-builds.js';
import type { KontaktkollRun } from '../../bench/contenders/kontaktkoll-runner.js';
import { BUILDS_FIXTURES, parseBenchOptions } from '../../bench/options.js';
import { formatBuildsResults } from '../../bench/report/print-builds.js';

const run = (wallMs: number, cpuMs: number, channels: KontaktkollRun['channels'] = { phone: 0, email: 1 }): KontaktkollRun => ({
  engine: 'browser', ok: true, wallMs, cpuMs, auditMs: wallMs - 500, pagesVisited: 6, pagesFetched: 0, pagesRendered: 6,
  stoppedBecause: 'complete', channels, peak: { rss: 0, pss: 0, processes: 0 },
});

const machine = { cpu: 'Test CPU', cores: 2, memoryGiB: 8, os: 'linux', node: 'v20', browser: 'Chromium 1', browserPath: '/usr/lib/chromium/chromium-headless-shell', loadAtStart: 0.5, date: '2026-12-07T11:00:00.000Z' };
const SHELL = '/usr/lib/chromium/chromium-headless-shell';
const FULL = '/usr/bin/chromium';

describe('npm run bench -- --builds', () => {
  it('takes fixtures, executables and repetitions, and nothing meant for the other benches', () => {
    expect(parseBenchOptions(['--builds'])).toEqual({ builds: true, fixtures: BUILDS_FIXTURES, browsers: null, repeat: 3, output: 'bench/builds-results.json' });
    expect(parseBenchOptions(['--builds', '--site', 'hours-table,pack-se', '--browsers', `${SHELL},${FULL}`, '--repeat', '5'])).toMatchObject({ fixtures: ['hours-table', 'pack-se'], browsers: [SHELL, FULL], repeat: 5 });
    expect(() => parseBenchOptions(['--builds', '--kinds', 'static'])).toThrow(/--kinds is not for --builds/);
    expect(() => parseBenchOptions(['--builds', '--real'])).toThrow(/--real is not for --builds/);
    expect(() => parseBenchOptions(['--builds', '--browsers', SHELL])).toThrow(/at least two/);
    expect(() => parseBenchOptions(['--browsers', `${SHELL},${FULL}`])).toThrow(/--browsers needs --builds/);
  });

  it('names each executable asked for by the build its file name says', () => {
    expect(buildsToCompare([SHELL, FULL])).toEqual([{ executablePath: SHELL, kind: 'headless-shell' }, { executablePath: FULL, kind: 'full' }]);
  });

  it('prints each build\'s time and CPU per fixture, the full browser\'s CPU over the shell\'s, and whether the verdicts agree', () => {
    const results: BuildsBenchResults = {
      format: 'kontaktkoll-bench-builds/1', machine, repeat: 3,
      runs: [
        { fixture: 'footer-contact', executablePath: SHELL, kind: 'headless-shell', run: run(1_500, 2_000) },
        { fixture: 'footer-contact', executablePath: FULL, kind: 'full', run: run(2_500, 5_000) },
        { fixture: 'script-chrome', executablePath: SHELL, kind: 'headless-shell', run: run(2_000, 3_000) },
        { fixture: 'script-chrome', executablePath: FULL, kind: 'full', run: run(3_000, 6_000, { phone: 1, email: 1 }) },
      ],
    };
    const text = formatBuildsResults(results, 'bench/builds-results.json');
    const lines = text.split('\n');
    expect(lines.find((line) => line.startsWith('footer-contact'))?.split(/\s{2,}/)).toEqual(['footer-contact', '6', '1.5 s', '2.0 s', '2.5 s', '5.0 s', '2.50×', 'same']);
    expect(lines.find((line) => line.startsWith('script-chrome'))?.split(/\s{2,}/)).toEqual(['script-chrome', '6', '2.0 s', '3.0 s', '3.0 s', '6.0 s', '2.00×', 'DIFFERENT']);
    // The median of 2.5 and 2.0 is the lower one: the figure is never rounded up.
    expect(text).toContain("The full browser used 2.00× the headless shell's CPU time (median over 2 fixtures).");
    expect(text).toContain(`  full: ${FULL}`);
  });

});
