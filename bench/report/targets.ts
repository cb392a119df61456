import type { GroupResult, SiteResult, TargetCheck } from './results.js';
import { kontaktkollPagesPerSecond } from './results.js';

const GIB = 2 ** 30;
/** "Not growing with site size": the largest site may need at most this much more memory than the smallest. */
const MAX_RSS_GROWTH = 1.25;

function check(id: string, description: string, value: number | null, target: string, pass: (v: number) => boolean, note?: string): TargetCheck {
  return { id, description, value, target, met: value === null ? null : pass(value), ...(note ? { note } : {}) };
}

/** The rows of kontaktkoll's audits in one group, and the one that examined the most pages. */
function busiest(sites: SiteResult[]): SiteResult | undefined {
  return [...sites].filter((site) => site.browser?.ok).sort((a, b) => b.browser!.pagesVisited - a.browser!.pagesVisited)[0];
}

export function throughputRatio(group: GroupResult, sites: SiteResult[]): number | null {
  const own = kontaktkollPagesPerSecond(busiest(sites)?.browser ?? null);
  const raw = group.peers['raw-playwright']?.pagesPerSecond ?? null;
  return own !== null && raw ? own / raw : null;
}

/** Peak memory of kontaktkoll's runs in a group: PSS (shared pages counted once), and the plain RSS sum. */
function peakOf(sites: SiteResult[], kind: 'pss' | 'rss' = 'pss'): number | null {
  const peaks = sites.flatMap((site) => [site.browser, site.auto]).filter((run) => run?.ok).map((run) => run!.peak[kind]);
  return peaks.length > 0 ? Math.max(...peaks) : null;
}

export function checkTargets(sites: SiteResult[], groups: GroupResult[]): TargetCheck[] {
  const inGroup = (group: GroupResult) => sites.filter((site) => `${site.spec.pages}-${site.spec.variant}` === group.id);
  const targets: TargetCheck[] = [];

  const site1000 = sites.find((site) => site.id === '1000-d2-plain');
  const group1000 = groups.find((group) => group.id === '1000-plain');
  const crawlee = group1000?.peers['crawlee-playwright'];
  const ttv = site1000?.browser?.ok && crawlee?.fullMs ? site1000.browser.wallMs / crawlee.fullMs : null;
  targets.push(check('time-to-verdict', 'time to a verdict ÷ Crawlee PlaywrightCrawler full crawl (1,000 pages, contact at depth 2)', ttv, '≤ 0.05 (1/20)', (v) => v <= 0.05,
    crawlee?.extrapolated ? 'the full crawl was cut at its time budget and extrapolated' : undefined));

  const throughputGroup = group1000 ?? groups.find((group) => group.variant === 'plain') ?? groups[0];
  const ratio = throughputGroup ? throughputRatio(throughputGroup, inGroup(throughputGroup)) : null;
  targets.push(check('throughput', `--engine browser pages/s ÷ raw Playwright loop pages/s (${throughputGroup?.id ?? '–'})`, ratio, '≥ 0.8', (v) => v >= 0.8));

  const plain = groups.filter((group) => group.variant === 'plain').sort((a, b) => a.pages - b.pages);
  const largest = plain.find((group) => group.pages === 5000);
  const peak5000 = largest ? peakOf(inGroup(largest)) : null;
  const rss5000 = largest ? peakOf(inGroup(largest), 'rss') : null;
  targets.push(check('rss-5000', 'kontaktkoll peak memory on the 5,000-page site (process tree with the browser, PSS), GiB',
    peak5000 === null ? null : peak5000 / GIB, '≤ 1 GiB', (v) => v <= 1,
    rss5000 === null ? undefined : `the plain RSS sum, which counts pages shared between Chromium's processes once per process, was ${(rss5000 / GIB).toFixed(2)} GiB`));

  // Site size alone: the same contact depth (so about the same pages examined) on the smallest and the largest site.
  const smallest = plain[0];
  const biggest = plain[plain.length - 1];
  const growths = smallest && biggest && biggest !== smallest
    ? [1, 2, 3].flatMap((depth) => {
      const low = inGroup(smallest).filter((site) => site.spec.contactDepth === depth);
      const high = inGroup(biggest).filter((site) => site.spec.contactDepth === depth);
      const [lowPeak, highPeak] = [peakOf(low), peakOf(high)];
      if (!lowPeak || !highPeak) return [];
      const pages = (sites: SiteResult[]) => sites[0]?.browser?.pagesVisited ?? 0;
      return [{ depth, ratio: highPeak / lowPeak, pages: `${pages(low)}→${pages(high)}` }];
    })
    : [];
  targets.push(check('rss-growth', `peak memory (PSS) at ${biggest?.pages ?? '–'} pages ÷ at ${smallest?.pages ?? '–'} pages, same contact depth (worst depth)`,
    growths.length > 0 ? Math.max(...growths.map((growth) => growth.ratio)) : null, `≤ ${MAX_RSS_GROWTH} (not growing with size)`, (v) => v <= MAX_RSS_GROWTH,
    growths.length > 0 ? `by depth: ${growths.map((g) => `${g.depth}: ${g.ratio.toFixed(2)} (pages examined ${g.pages})`).join(', ')}` : undefined));
  return targets;
}
