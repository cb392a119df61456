import type { KontaktkollRun } from '../contenders/kontaktkoll-runner.js';
import { rateRatio, summarizeReal, type RealBenchResults, type RealSiteResult, type RealSummary } from './real-results.js';
import { kontaktkollPagesPerSecond, type PeerFigures } from './results.js';
import { textTable } from './text-table.js';

const MIB = 2 ** 20;
const seconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const rate = (value: number | null | undefined) => (value === null || value === undefined ? '–' : `${value.toFixed(2)}/s`);
const megabytes = (run: { ok: boolean; peak: { pss: number } } | null) => (run && run.peak.pss > 0 ? String(Math.round(run.peak.pss / MIB)) : '–');

export const REAL_HEADERS = [
  'site', 'kind', 'examined', 'verdict (defaults)', 'rendered/fetched', 'stopped', '--engine browser',
  'browser pages/s', 'raw loop pages/s', 'ratio', 'Crawlee pages/s', 'peak PSS MiB (defaults/browser/raw/Crawlee)',
];
const ALIGN: Array<'l' | 'r'> = ['l', 'l', 'r', 'r', 'r', 'l', 'r', 'r', 'r', 'r', 'r', 'r'];

/** A peer's page rate; `*` when it was cut before the end of its list or crawl, with the pages it did. */
function peerRate(peer: PeerFigures | null): string {
  if (!peer) return 'not run';
  if (!peer.ok || !peer.report) return 'failed';
  const failed = peer.report.pagesFailed > 0 ? ` (${peer.report.pagesFailed} failed)` : '';
  return (peer.extrapolated ? `${rate(peer.pagesPerSecond)} (${peer.report.pagesDone}*)` : rate(peer.pagesPerSecond)) + failed;
}

function stopped(defaults: KontaktkollRun, browser: KontaktkollRun | null): string {
  return browser?.ok && browser.stoppedBecause !== defaults.stoppedBecause ? `${defaults.stoppedBecause} (browser: ${browser.stoppedBecause})` : defaults.stoppedBecause;
}

/** One row of the real-site table, as text cells. */
export function realRow(site: RealSiteResult): string[] {
  if (site.failure) return [site.id, site.kind, `not measured: ${site.failure}`.slice(0, 70), '', '', '', '', '', '', '', '', ''];
  const { defaults, browser } = site;
  const memory = [defaults, browser, site.rawLoop, site.crawlee].map(megabytes).join('/');
  const browserCell = browser?.ok ? `${browser.pagesVisited} in ${seconds(browser.wallMs)}` : browser ? `failed: ${browser.failure ?? ''}`.slice(0, 40) : 'not run';
  const ratio = rateRatio(site);
  const rest = [browserCell, rate(kontaktkollPagesPerSecond(browser)), peerRate(site.rawLoop), ratio === null ? '–' : `${ratio.toFixed(2)}×`, peerRate(site.crawlee), memory];
  if (!defaults?.ok) return [site.id, site.kind, '–', defaults ? `failed: ${defaults.failure ?? ''}`.slice(0, 40) : 'not run', '–', '–', ...rest];
  return [site.id, site.kind, String(defaults.pagesVisited), seconds(defaults.wallMs), `${defaults.pagesRendered}/${defaults.pagesFetched}`, stopped(defaults, browser), ...rest];
}

const percent = (share: number) => `${Math.round(share * 100)} %`;
const names = (ids: string[]) => (ids.length > 0 ? ` (${ids.join(', ')})` : '');

/** The summary lines under the table. */
export function summaryLines(summary: RealSummary): string[] {
  const { heavy } = summary;
  const lines: string[] = [];
  if (heavy.sites > 0) {
    lines.push(`heavy sites (${heavy.kinds.join(', ')}): ${heavy.sites}; time to a verdict at defaults: median ${seconds(heavy.medianMs)}, slowest ${heavy.slowest ? `${seconds(heavy.slowest.ms)} (${heavy.slowest.id})` : '–'}; `
      + `${heavy.timeouts.length} ended by timeout${names(heavy.timeouts)}${heavy.failed.length > 0 ? `; ${heavy.failed.length} gave no verdict${names(heavy.failed)}` : ''}`);
    lines.push(`heavy sites, --engine browser page rate ≥ 0.8 × the raw loop: ${heavy.ratioAtLeast08} of ${heavy.ratioMeasured} measured`
      + (heavy.lowestRatio ? ` (lowest ${heavy.lowestRatio.ratio.toFixed(2)}×, ${heavy.lowestRatio.id})` : ''));
  } else {
    lines.push(`no heavy site (${heavy.kinds.join(', ')}) in this run`);
  }
  lines.push(`all sites: ${summary.timeouts.length} of ${summary.sites} ended by timeout at defaults${names(summary.timeouts)}`);
  const statics = summary.static;
  lines.push(statics.sites > 0 && statics.share !== null
    ? `static sites (${statics.kinds.join(', ')}): auto rendered ${statics.rendered} of ${statics.examined} pages examined (${percent(statics.share)}) over ${statics.sites} sites; `
      + `${statics.overAThird.length} rendered more than a third${names(statics.overAThird)}`
      + (statics.pressed > 0 && statics.pageShare !== null
        ? `; of the pages themselves (less the ${statics.pressed} views opened by pressing a control) ${statics.rendered - statics.pressed} of ${statics.examined - statics.pressed} (${percent(statics.pageShare)})`
        : '')
    : `no static site (${statics.kinds.join(', ')}) in this run`);
  lines.push(summary.verdictsDiffer.length > 0
    ? `verdicts (channel clicks) differ between auto and --engine browser on ${summary.verdictsDiffer.length} site(s)${names(summary.verdictsDiffer)}`
    : 'verdicts (channel clicks) of auto and --engine browser agree on every site');
  return lines;
}

export function formatRealResults(results: RealBenchResults, output: string): string {
  const { machine, settings } = results;
  const out: string[] = [];
  out.push(`kontaktkoll real-site bench · ${machine.date.slice(0, 16).replace('T', ' ')} UTC · ${machine.cores} cores (${machine.cpu}) · ${machine.memoryGiB} GiB · Node ${machine.node} · ${machine.browser} · load ${machine.loadAtStart} at start`);
  out.push(`corpus sites served on 127.0.0.1, every browser launched with ${settings.browserArgs.join(' ') || 'no extra flags'}; `
    + `concurrency ${settings.concurrencyPassed ? settings.concurrency : `kontaktkoll's default (${settings.concurrency}, also the peers')`}; `
    + (settings.peerView ? `peers in kontaktkoll's window (${settings.peerView.width}×${settings.peerView.height}, reduced motion: ${settings.peerView.reducedMotion}); ` : `peers in Playwright's default window (1280×720); `)
    + `times spawn to exit; pages/s over each process's own run, browser launch included; * = cut (Crawlee at ${settings.peerBudgetSeconds} s)`
    + ((settings.repeat ?? 1) > 1 ? `; kontaktkoll and the raw loop: the median of ${settings.repeat} rounds` : ''));
  out.push('');
  out.push(textTable(REAL_HEADERS, results.sites.map(realRow), ALIGN));
  out.push('');
  out.push(...summaryLines(summarizeReal(results.sites)));
  if (results.notRun.length > 0) out.push(`not run: ${results.notRun.map((site) => `${site.id} (${site.reason})`).join(', ')}`);
  out.push('');
  out.push(`took ${seconds(results.durationMs)} · results: ${output}`);
  return out.join('\n');
}
