import { CHANNEL_NAMES, type ChannelName } from '../../src/model/channel-items.js';
import type { Check, SiteComparison } from './compare.js';

/** Found-precision, found-recall and click exactness of one channel over the corpus. */
export interface ChannelFigures {
  channel: ChannelName;
  /** Truth found and audit found it. */
  truePositives: number;
  /** Audit found what the truth says is not there. */
  falsePositives: number;
  /** The truth has it; the audit said "not found". */
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
  /** Of the channels both found, how many at exactly the truth's clicks. */
  clicksExact: number;
  valuesFound: number;
  valuesTotal: number;
}

export interface CorpusFigures {
  sites: number;
  checks: number;
  checksExact: number;
  exactShare: number | null;
  traps: number;
  trapsReported: number;
  /** Sites with at least one miss. */
  sitesWithMiss: number;
  channels: ChannelFigures[];
  misses: Check[];
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function corpusFigures(comparisons: readonly SiteComparison[]): CorpusFigures {
  const checks = comparisons.flatMap((comparison) => comparison.checks);
  const channels = CHANNEL_NAMES.map((channel): ChannelFigures => {
    const outcomes = comparisons.map((comparison) => comparison.channels[channel]);
    const truePositives = outcomes.filter((o) => o.truthFound && o.reportedFound).length;
    const falsePositives = outcomes.filter((o) => !o.truthFound && o.reportedFound).length;
    const falseNegatives = outcomes.filter((o) => o.truthFound && !o.reportedFound).length;
    const valueChecks = checks.filter((check) => check.channel === channel && check.kind === 'value');
    return {
      channel,
      truePositives, falsePositives, falseNegatives,
      precision: share(truePositives, truePositives + falsePositives),
      recall: share(truePositives, truePositives + falseNegatives),
      clicksExact: outcomes.filter((o) => o.truthFound && o.reportedFound && o.truthClicks === o.reportedClicks).length,
      valuesFound: valueChecks.filter((check) => check.ok).length,
      valuesTotal: valueChecks.length,
    };
  });
  const checksExact = checks.filter((check) => check.ok).length;
  return {
    sites: comparisons.length,
    checks: checks.length,
    checksExact,
    exactShare: share(checksExact, checks.length),
    traps: checks.filter((check) => check.kind === 'trap').length,
    trapsReported: comparisons.reduce((sum, comparison) => sum + comparison.trapsReported, 0),
    sitesWithMiss: comparisons.filter((comparison) => comparison.checks.some((check) => !check.ok)).length,
    channels,
    misses: checks.filter((check) => !check.ok),
  };
}

const percent = (value: number | null): string => (value === null ? '–' : `${(value * 100).toFixed(1)} %`);

/** The table `npm run corpus` prints, also pasted into the README. */
export function formatFigures(figures: CorpusFigures): string {
  const rows = figures.channels.map((c) => [
    c.channel,
    String(c.truePositives + c.falseNegatives),
    percent(c.precision),
    percent(c.recall),
    `${c.clicksExact}/${c.truePositives}`,
    c.valuesTotal === 0 ? '–' : `${c.valuesFound}/${c.valuesTotal}`,
  ]);
  const header = ['channel', 'on sites', 'found-precision', 'found-recall', 'clicks exact', 'values reported'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
    '',
    `${figures.checksExact} of ${figures.checks} checks exact (${percent(figures.exactShare)}) over ${figures.sites} sites; `
      + `${figures.sitesWithMiss} site${figures.sitesWithMiss === 1 ? '' : 's'} with a miss; `
      + `${figures.trapsReported} of ${figures.traps} trap numbers reported as phones.`,
  ].join('\n');
}
