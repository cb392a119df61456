import type { KontaktkollRun } from '../contenders/kontaktkoll-runner.js';
import type { PeerName } from '../contenders/peer-runner.js';
import { kontaktkollPagesPerSecond, type BenchResults, type GroupResult, type PeerFigures, type SiteResult } from './results.js';
import { throughputRatio } from './targets.js';
import { textTable } from './text-table.js';

const MIB = 2 ** 20;
const seconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mib = (bytes: number | null | undefined) => (bytes ? `${Math.round(bytes / MIB)} MiB` : '–');
const rate = (value: number | null | undefined) => (value === null || value === undefined ? '–' : `${value.toFixed(1)}/s`);
const ratio = (value: number | null | undefined, digits = 3) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));

const PEER_LABEL: Record<PeerName, string> = {
  'raw-playwright': 'raw Playwright loop',
  'crawlee-playwright': 'Crawlee PlaywrightCrawler',
  'crawlee-cheerio': 'Crawlee CheerioCrawler',
};

function kontaktkollRow(site: SiteResult, engine: 'browser' | 'auto', run: KontaktkollRun | null, engineOption: boolean): string[] {
  if (!run) return [site.id, engine, engine === 'auto' && !engineOption ? 'not available' : 'not run', '', '', '', '', '', ''];
  if (!run.ok) return [site.id, engine, `failed: ${run.failure ?? ''}`.slice(0, 60), '', '', '', '', mib(run.peak.pss), mib(run.peak.rss)];
  const clicks = Object.values(run.channels);
  const verdict = clicks.every((value) => value === site.spec.contactDepth) ? `all at ${site.spec.contactDepth}` : clicks.map((v) => v ?? '–').join('/');
  return [site.id, engine, seconds(run.wallMs), `${run.pagesVisited}/${run.pagesFetched}/${run.pagesRendered}`, run.stoppedBecause, verdict,
    rate(kontaktkollPagesPerSecond(run)), mib(run.peak.pss), mib(run.peak.rss)];
}

function peerRow(group: GroupResult, name: PeerName, peer: PeerFigures | undefined): string[] {
  if (!peer) return [group.peerSite, PEER_LABEL[name], 'not run', '', '', '', '', '', ''];
  if (!peer.ok || !peer.report) return [group.peerSite, PEER_LABEL[name], `failed: ${peer.failure ?? ''}`.slice(0, 60), '', '', '', mib(peer.peak.pss), mib(peer.peak.rss), ''];
  const depths = Object.values(peer.report.channels);
  const found = name === 'raw-playwright' ? '(list)' : depths.every((d) => d !== null) ? `all by depth ${Math.max(...(depths as number[]))}` : `${depths.filter((d) => d !== null).length}/6 channels`;
  const time = peer.extrapolated ? `${seconds(peer.fullMs)}*` : seconds(peer.fullMs);
  return [group.peerSite, PEER_LABEL[name], `${peer.report.pagesDone}/${peer.pagesInFull}`, time, peer.extrapolated ? 'extrapolated' : 'measured',
    rate(peer.pagesPerSecond), mib(peer.peak.pss), mib(peer.peak.rss), found];
}

export function formatResults(results: BenchResults, output: string): string {
  const { machine, settings } = results;
  const out: string[] = [];
  out.push(`kontaktkoll bench · ${machine.date.slice(0, 16).replace('T', ' ')} UTC · ${machine.cores} cores (${machine.cpu}) · ${machine.memoryGiB} GiB · Node ${machine.node} · ${machine.browser} · load ${machine.loadAtStart} at start`);
  out.push(`concurrency ${settings.concurrency} for every contender · memory = peak over the whole process tree (Node + browser), sampled every 200 ms: PSS counts pages shared between processes once, the RSS sum once per process`);
  out.push('');
  const repeat = settings.repeat ?? 1;
  out.push(`kontaktkoll audit: time to a verdict (spawn to exit)${repeat > 1 ? `, median of ${repeat} runs` : ''}`);
  out.push(textTable(
    ['site', 'engine', 'verdict', 'examined/fetched/rendered', 'stopped', 'clicks', 'pages/s', 'peak PSS', 'RSS sum'],
    results.sites.flatMap((site) => [kontaktkollRow(site, 'browser', site.browser, settings.engineOption), kontaktkollRow(site, 'auto', site.auto, settings.engineOption)]),
    ['l', 'l', 'r', 'r', 'l', 'l', 'r', 'r', 'r'],
  ));
  if (results.groups.some((group) => Object.keys(group.peers).length > 0)) {
    out.push('');
    out.push(`peers: full crawls of the site (raw loop: the pages kontaktkoll examined, in breadth-first order); * = cut at ${settings.peerBudgetSeconds} s and extrapolated at the rate reached`);
    out.push(textTable(
      ['site', 'contender', 'pages', 'full crawl', '', 'pages/s', 'peak PSS', 'RSS sum', 'contact found'],
      results.groups.flatMap((group) => (['raw-playwright', 'crawlee-playwright', 'crawlee-cheerio'] as const).map((name) => peerRow(group, name, group.peers[name]))),
      ['l', 'l', 'r', 'r', 'l', 'r', 'r', 'r', 'l'],
    ));
    out.push('');
    out.push('ratios (kontaktkoll ÷ peer): time to a verdict ÷ full crawl; page rate ÷ raw loop page rate');
    const rows = results.sites.map((site) => {
      const group = results.groups.find((g) => g.id === `${site.spec.pages}-${site.spec.variant}`);
      const crawleePw = group?.peers['crawlee-playwright']?.fullMs;
      const cheerio = group?.peers['crawlee-cheerio']?.fullMs;
      const time = site.browser?.ok ? site.browser.wallMs : null;
      const auto = site.auto?.ok ? site.auto.wallMs : null;
      const sameGroup = results.sites.filter((s) => `${s.spec.pages}-${s.spec.variant}` === group?.id);
      return [site.id,
        ratio(time && crawleePw ? time / crawleePw : null), ratio(auto && crawleePw ? auto / crawleePw : null),
        ratio(time && cheerio ? time / cheerio : null), ratio(auto && cheerio ? auto / cheerio : null),
        group && sameGroup[0] === site ? ratio(throughputRatio(group, sameGroup), 2) : ''];
    });
    out.push(textTable(['site', 'browser ÷ PW crawl', 'auto ÷ PW crawl', 'browser ÷ Cheerio', 'auto ÷ Cheerio', 'page rate ÷ raw'], rows, ['l', 'r', 'r', 'r', 'r', 'r']));
  }
  out.push('');
  out.push('targets');
  for (const target of results.targets) {
    const mark = target.met === null ? '·' : target.met ? '✓' : '✗';
    const value = target.value === null ? 'not measured in this run' : target.value.toFixed(3);
    out.push(`  ${mark} ${target.description}: ${value} (target ${target.target})${target.note ? ` — ${target.note}` : ''}`);
  }
  out.push('');
  out.push(`took ${seconds(results.durationMs)} · results: ${output}`);
  return out.join('\n');
}
