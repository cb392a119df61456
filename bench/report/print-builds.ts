import type { BuildRun, BuildsBenchResults } from '../builds/run-builds.js';
import { textTable } from './text-table.js';

const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;
const sameVerdict = (runs: BuildRun[]) => runs.every((entry) => entry.run.ok && JSON.stringify(entry.run.channels) === JSON.stringify(runs[0]!.run.channels));

/** Per fixture, each build's time to a verdict and CPU time, and the full browser's CPU over the shell's. */
export function formatBuildsResults(results: BuildsBenchResults, file: string): string {
  const fixtures = [...new Set(results.runs.map((entry) => entry.fixture))];
  const kinds = [...new Set(results.runs.map((entry) => entry.kind))];
  const ratios: number[] = [];
  const rows = fixtures.map((fixture) => {
    const runs = results.runs.filter((entry) => entry.fixture === fixture);
    const of = (kind: string) => runs.find((entry) => entry.kind === kind)?.run;
    const shell = of('headless-shell');
    const full = of('full');
    const ratio = shell?.cpuMs && full?.cpuMs ? full.cpuMs / shell.cpuMs : undefined;
    if (ratio !== undefined) ratios.push(ratio);
    return [
      fixture, String(runs[0]?.run.pagesVisited ?? '–'),
      ...kinds.flatMap((kind) => [seconds(of(kind)?.wallMs), seconds(of(kind)?.cpuMs)]),
      ratio === undefined ? '–' : `${ratio.toFixed(2)}×`, sameVerdict(runs) ? 'same' : 'DIFFERENT',
    ];
  });
  const headers = ['fixture', 'views', ...kinds.flatMap((kind) => [`${kind}: time`, `${kind}: CPU`]), 'CPU full / shell', 'verdict'];
  const machine = results.machine;
  return [
    `Chromium builds, ${machine.date.slice(0, 16)} UTC: ${machine.cores} cores (${machine.cpu}), ${machine.browser}, load ${machine.loadAtStart} at the start; median of ${results.repeat} audits each, --engine browser`,
    ...kinds.map((kind) => `  ${kind}: ${results.runs.find((entry) => entry.kind === kind)?.executablePath ?? ''}`),
    '',
    textTable(headers, rows, ['l', 'r', ...kinds.flatMap(() => ['r', 'r'] as const), 'r', 'l']),
    '',
    ratios.length > 0 ? `The full browser used ${median(ratios).toFixed(2)}× the headless shell's CPU time (median over ${ratios.length} fixtures).` : 'No fixture was audited with both builds.',
    `Results: ${file}`,
  ].join('\n');
}
