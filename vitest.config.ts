import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The fast part: tests that start no browser, no server and no child process (extractors, rules,
 * scoring, reports, config, schemas). `npm run test:unit` runs these alone in seconds while working.
 */
const UNIT = [
  'test/extract/**/*.test.ts',
  'test/score/**/*.test.ts',
  'test/clicks/**/*.test.ts',
  'test/config/**/*.test.ts',
  'test/model/**/*.test.ts',
  'test/audit/**/*.test.ts',
  // Report tests that open Chromium end in -chromium and belong to the browser project.
  'test/report/!(*-chromium).test.ts',
  'test/cli/threshold.test.ts',
  'test/cli/ecosystem.test.ts',
  'test/cli/cli-vocabularies.test.ts',
  'test/batch/batch-units.test.ts',
  'test/batch/batch-summary.test.ts',
  'test/crawl/machine-pace.test.ts',
  'test/page/in-page-source.test.ts',
  'test/crawl/chrome-template.test.ts',
  'test/crawl/script-chrome.test.ts',
  'test/crawl/action-effects.test.ts',
  'test/crawl/renders-in-flight.test.ts',
  'test/util/paced-budget.test.ts',
  'test/util/ordered-pool.test.ts',
  'test/crawl/browser-args.test.ts',
  'test/crawl/find-browser.test.ts',
  'test/crawl/request-filter.test.ts',
  'test/crawl/scope-and-url.test.ts',
  'test/crawl/crawl-frontier.test.ts',
  'test/crawl/first-clicks-order.test.ts',
  'test/crawl/block-splits.test.ts',
  'test/hostile/atomic-write.test.ts',
  'test/hostile/survival-table.test.ts',
  // The real-site bench's options, table and summary (pure; the bench itself is never run by a test).
  'test/bench/real-bench.test.ts',
  'test/bench/builds-bench.test.ts',
  // The evidence bundle's own checks (hashing, manifest, verify); the test that writes a bundle from a real audit ends in -chromium.
  'test/evidence/!(*-chromium).test.ts',
];
/**
 * The order files start in. Without vitest's cache of past durations (a fresh clone, CI) it
 * starts the largest files first, which put the crash tests (each kill costs a browser launch,
 * slow on a loaded machine) beside the fixture sites: 190–215 s there against 50 s alone. These
 * are the longest files, longest first, as the cache orders them after a run; the crash tests
 * go last among the browser files, when the load is lightest.
 */
const FIRST = [
  'test/batch/batch-run.test.ts', 'test/e2e/fixture-sites.test.ts', 'test/crawl/engine-parity.test.ts',
  'test/hostile/hostile-sites.test.ts', 'test/cli/languages-cli.test.ts', 'test/cli/report-cli.test.ts', 'test/cli/cli.test.ts',
];
const LAST = ['test/hostile/browser-crash.test.ts'];
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const path = file.moduleId.replace(/\\/g, '/');
      const first = FIRST.findIndex((name) => path.endsWith(name));
      if (first >= 0) return first;
      return LAST.some((name) => path.endsWith(name)) ? FIRST.length + 1 : FIRST.length;
    };
    // Stable: every other file keeps vitest's own order (browser files before unit ones).
    return (await super.sort(files)).map((file, index) => ({ file, index })).sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index).map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    sequence: { sequencer: LongestFirst },
    // Two files at a time: a browser test spends much of its time waiting on pages.
    maxWorkers: 2,
    // Within a file marked concurrent (independent audits, CLI runs), at most this many at once.
    maxConcurrency: 4,
    projects: [
      // The unit files share one module graph per worker (none sets global state): importing it once per
      // file instead was two thirds of the project's time.
      { extends: true, test: { name: 'unit', include: UNIT, isolate: false } },
      // An audit's time budget stretches while the machine is busy (util/paced-budget.ts), so a test
      // that lets one run to its budget needs room beyond it on a loaded machine. These files share one
      // module graph per worker too (src keeps no state but caches of what it parsed): importing it
      // afresh for each of its 37 files cost about 1.5 CPU-s a file.
      { extends: true, test: { name: 'browser', include: ['test/**/*.test.ts'], exclude: UNIT, testTimeout: 180_000, isolate: false } },
    ],
  },
});
