import { defineConfig } from 'vitest/config';

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
  'test/util/paced-budget.test.ts',
  'test/util/ordered-pool.test.ts',
  'test/crawl/browser-args.test.ts',
  'test/crawl/request-filter.test.ts',
  'test/crawl/scope-and-url.test.ts',
  'test/hostile/atomic-write.test.ts',
  'test/hostile/survival-table.test.ts',
  // The real-site bench's options, table and summary (pure; the bench itself is never run by a test).
  'test/bench/real-bench.test.ts',
  // The evidence bundle's own checks (hashing, manifest, verify); the test that writes a bundle from a real audit ends in -chromium.
  'test/evidence/!(*-chromium).test.ts',
];
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time: a browser test spends much of its time waiting on pages.
    maxWorkers: 2,
    // Within a file marked concurrent (independent audits, CLI runs), at most this many at once.
    maxConcurrency: 4,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      // An audit's time budget stretches while the machine is busy (util/paced-budget.ts), so a test
      // that lets one run to its budget needs room beyond it on a loaded machine.
      { extends: true, test: { name: 'browser', include: ['test/**/*.test.ts'], exclude: UNIT, testTimeout: 180_000 } },
    ],
  },
});
