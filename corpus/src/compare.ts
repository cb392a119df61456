import type { AuditResult } from '../../src/model/audit-result.js';
import { CHANNEL_NAMES, type ChannelItem, type ChannelName } from '../../src/model/channel-items.js';
import type { CorpusSite } from './manifest.js';

/** One thing the truth says that the audit either got exactly right or did not. */
export interface Check {
  site: string;
  channel: ChannelName | 'traps' | 'site';
  kind: 'found' | 'clicks' | 'value' | 'trap' | 'country' | 'pack';
  ok: boolean;
  /** What the truth says and what the audit said, for the list of misses. */
  detail: string;
}

/** How one channel of one site came out: the four cells of found-precision and found-recall. */
export interface ChannelOutcome {
  truthFound: boolean;
  reportedFound: boolean;
  truthClicks: number | null;
  reportedClicks: number | null;
}

export interface SiteComparison {
  id: string;
  checks: Check[];
  channels: Record<ChannelName, ChannelOutcome>;
  trapsReported: number;
}

/** The parts of a result the corpus judges. */
export type Judged = Pick<AuditResult, 'region' | 'rulePack' | 'channels'>;

const digitsOf = (text: string): string => text.replace(/\D/g, '');
// Commas and dots between street, number and city are how a value is written, not what it is.
const compact = (text: string): string => text.toLowerCase().replace(/[\s\u00a0\-–,.]/g, '');

/** Items a person sees: machine-readable data alone does not show a value. */
function visibleItems(result: Judged, channel: ChannelName): ChannelItem[] {
  return (result.channels[channel].items as ChannelItem[]).filter((item) => item.source !== 'json-ld');
}

/** Whether an item carries the truth's value, in the form the manifest writes for that channel. */
export function itemHasValue(channel: ChannelName, item: ChannelItem, value: string): boolean {
  if (channel === 'phone') return item.value === value;
  if (channel === 'email') return item.value.toLowerCase() === value.toLowerCase();
  if (channel === 'address' && 'postcode' in item) {
    return compact(item.postcode) === compact(value) || compact(item.value).includes(compact(value));
  }
  if (channel === 'hours' && 'schedule' in item) return item.schedule.includes(value);
  return compact(item.value).includes(compact(value));
}

/**
 * A trap is reported when a phone the audit lists was read from its digits: the phone's own
 * digits and the trap's overlap whole (one contains the other). Short digit runs ("2024") are
 * too common to tell, so a trap needs five digits.
 */
export function trapReportedAs(trapText: string, result: Judged): string | undefined {
  const trap = digitsOf(trapText);
  if (trap.length < 5) return undefined;
  for (const item of result.channels.phone.items) {
    const shown = digitsOf(item.display);
    if (shown.length >= 5 && (trap.includes(shown) || shown.includes(trap))) return item.display;
  }
  return undefined;
}

function clicksWord(clicks: number | null | undefined): string {
  return clicks === null || clicks === undefined ? 'not found' : `${clicks} click${clicks === 1 ? '' : 's'}`;
}

/** The bundled national packs; a country without one is judged by the EU baseline. */
const NATIONAL_PACKS = new Set(['SE', 'DK', 'PL', 'FI', 'ES']);

export function expectedPack(country: string): string {
  return NATIONAL_PACKS.has(country) ? country.toLowerCase() : 'eu';
}

/**
 * Every check of one site: its country and rule pack, found or not per channel, clicks where
 * both found it, each value, each trap.
 */
export function compareSite(site: CorpusSite, result: Judged): SiteComparison {
  const checks: Check[] = [
    { site: site.id, channel: 'site', kind: 'country', ok: result.region === site.country, detail: `country ${result.region}, truth ${site.country}` },
    {
      site: site.id, channel: 'site', kind: 'pack', ok: result.rulePack.id === expectedPack(site.country),
      detail: `rule pack ${result.rulePack.id} (${result.rulePack.reason}), truth ${expectedPack(site.country)}`,
    },
  ];
  const channels = {} as Record<ChannelName, ChannelOutcome>;
  for (const channel of CHANNEL_NAMES) {
    const truth = site.channels[channel];
    const reported = result.channels[channel];
    const reportedFound = reported.found;
    channels[channel] = { truthFound: truth.found, reportedFound, truthClicks: truth.found ? truth.clicks ?? null : null, reportedClicks: reported.clicks };
    checks.push({
      site: site.id, channel, kind: 'found', ok: truth.found === reportedFound,
      detail: truth.found
        ? `${reportedFound ? 'found' : 'false "not found"'}; truth ${clicksWord(truth.clicks)}: ${truth.where}`
        : `${reportedFound ? `false find at ${clicksWord(reported.clicks)}: ${reported.items[0]?.display ?? ''} on ${reported.items[0]?.pageUrl ?? ''}` : 'not found'}; truth: ${truth.where}`,
    });
    if (truth.found && reportedFound) {
      checks.push({
        site: site.id, channel, kind: 'clicks', ok: truth.clicks === reported.clicks,
        detail: `reported ${clicksWord(reported.clicks)} (${reported.path.map((step) => step.label).join(' → ')}), truth ${clicksWord(truth.clicks)}: ${truth.where}`,
      });
    }
    for (const value of truth.values) {
      const items = visibleItems(result, channel);
      checks.push({
        site: site.id, channel, kind: 'value', ok: items.some((item) => itemHasValue(channel, item, value)),
        detail: `value ${value}; reported: ${items.map((item) => item.value).slice(0, 6).join(', ') || 'none'}`,
      });
    }
  }
  let trapsReported = 0;
  for (const trap of site.traps) {
    const as = trapReportedAs(trap.text, result);
    if (as !== undefined) trapsReported += 1;
    checks.push({
      site: site.id, channel: 'traps', kind: 'trap', ok: as === undefined,
      detail: as === undefined ? `${trap.kind} "${trap.text}" not reported` : `${trap.kind} "${trap.text}" (${trap.where}) reported as the phone ${as}`,
    });
  }
  return { id: site.id, checks, channels, trapsReported };
}

/** A site the audit could not finish fails each of its checks: a crash is never an exact verdict. */
export function failedSite(site: CorpusSite, failure: string): SiteComparison {
  const detail = `audit failed: ${failure}`;
  const checks: Check[] = [
    { site: site.id, channel: 'site', kind: 'country', ok: false, detail },
    { site: site.id, channel: 'site', kind: 'pack', ok: false, detail },
  ];
  const channels = {} as Record<ChannelName, ChannelOutcome>;
  for (const channel of CHANNEL_NAMES) {
    const truth = site.channels[channel];
    channels[channel] = { truthFound: truth.found, reportedFound: false, truthClicks: truth.clicks ?? null, reportedClicks: null };
    checks.push({ site: site.id, channel, kind: 'found', ok: false, detail });
    for (const _value of truth.values) checks.push({ site: site.id, channel, kind: 'value', ok: false, detail });
  }
  for (const _trap of site.traps) checks.push({ site: site.id, channel: 'traps', kind: 'trap', ok: false, detail });
  return { id: site.id, checks, channels, trapsReported: 0 };
}
