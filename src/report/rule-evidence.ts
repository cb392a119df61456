import type { AuditResult, RuleResult } from '../model/audit-result.js';
import { CHANNEL_NAMES, type ChannelName } from '../model/channel-items.js';

export interface RuleEvidence {
  /** The page a finding is located at: the nearest item of the rule's channel, else the final URL. */
  pageUrl: string;
  /** What the page showed (or that it showed nothing), for failure bodies. */
  text: string;
}

function channelOf(rule: RuleResult): ChannelName | null {
  const channel = rule.data.channel;
  return typeof channel === 'string' && (CHANNEL_NAMES as readonly string[]).includes(channel) ? (channel as ChannelName) : null;
}

/** Where a rule's finding lives and the page text behind it, so JUnit, SARIF and CSV can point at it. */
export function ruleEvidence(result: AuditResult, rule: RuleResult): RuleEvidence {
  const data = Object.entries(rule.data)
    .map(([key, value]) => `${key}=${value === null ? 'null' : String(value)}`)
    .join(', ');
  const channel = channelOf(rule);
  const nearest = channel ? result.channels[channel].items.find((item) => item.source !== 'json-ld') : undefined;
  if (!nearest) return { pageUrl: result.finalUrl, text: data };
  return { pageUrl: nearest.pageUrl, text: `${data}\n${nearest.pageUrl}: "${nearest.evidence}"` };
}
