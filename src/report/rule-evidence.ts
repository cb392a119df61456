import type { AuditResult, RuleResult } from '../model/audit-result.js';
import { CHANNEL_NAMES, type ChannelName } from '../model/channel-items.js';
import type { PathStep } from '../model/click-path.js';

export interface RuleEvidence {
  /** The page a finding is located at: the nearest item of the rule's channel, else the final URL. */
  pageUrl: string;
  /** What the page showed (or that it showed nothing), for failure bodies. */
  text: string;
  /** How a person gets there: "Start > Kundservice"; "Start" for the start page. */
  clickPath: string;
}

/** A click path in one line, as every report format writes it. */
export function clickPathText(path: readonly PathStep[]): string {
  return path.length === 0 ? 'Start' : path.map((step) => (step.action === 'start' ? 'Start' : step.label)).join(' > ');
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
  if (!nearest) return { pageUrl: result.finalUrl, text: data, clickPath: 'Start' };
  const clickPath = clickPathText(nearest.path);
  return { pageUrl: nearest.pageUrl, text: `${data}\n${clickPath}\n${nearest.pageUrl}: "${nearest.evidence}"`, clickPath };
}
