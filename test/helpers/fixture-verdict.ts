import type { AuditResult } from '../../src/model/audit-result.js';
import { CHANNEL_NAMES, type ChannelItem, type ChannelName } from '../../src/model/channel-items.js';
import type { Expected } from './fixture-sites.js';

/** The value a fixture's expected.json names an item by. */
export function comparableValue(channel: ChannelName, item: ChannelItem): string {
  if (channel === 'hours' && 'schedule' in item) return item.schedule;
  if (channel === 'form') return new URL(item.pageUrl).pathname;
  if (channel === 'chat' && 'vendor' in item) return item.vendor;
  return item.value;
}

/** A path as `action:label` steps after the start, the form expected.json uses. */
export function stepsOf(path: AuditResult['channels']['phone']['path']): string[] {
  return path.slice(1).map((step) => `${step.action}:${step.label}`);
}

/**
 * What a person reads of a fixture's verdict, from expected.json and from a result in the same
 * shape, so that `toEqual` names each difference: per channel found, clicks, the values listed
 * and the values that must be absent; a human's clicks; the rules listed.
 */
export function verdictPair(expected: Expected, result: AuditResult): { want: unknown; got: unknown } {
  const want: Record<string, unknown> = { humanContactClicks: expected.humanContactClicks };
  const got: Record<string, unknown> = { humanContactClicks: result.humanContactClicks };
  for (const channel of CHANNEL_NAMES) {
    const expectedChannel = expected.channels[channel];
    if (!expectedChannel) continue;
    const values = result.channels[channel].items.map((item) => comparableValue(channel, item as ChannelItem));
    want[channel] = { found: expectedChannel.found, clicks: expectedChannel.found ? expectedChannel.clicks : null, values: expectedChannel.values ?? [], wronglyFound: [] };
    got[channel] = {
      found: result.channels[channel].found,
      clicks: result.channels[channel].clicks,
      values: (expectedChannel.values ?? []).filter((value) => values.includes(value)),
      wronglyFound: (expectedChannel.absent ?? []).filter((value) => values.includes(value)),
    };
  }
  const statuses = Object.fromEntries(result.rules.map((rule) => [rule.id, rule.status]));
  want.rules = expected.rules ?? {};
  got.rules = Object.fromEntries(Object.keys(expected.rules ?? {}).map((id) => [id, statuses[id]]));
  return { want, got };
}
