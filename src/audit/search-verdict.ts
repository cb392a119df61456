import type { AuditResult } from '../model/audit-result.js';
import { CHANNEL_NAMES } from '../model/channel-items.js';

/**
 * What a person reads as the verdict, and what the early stop must not change: each channel's
 * clicks (null: not found), the clicks to a human, each rule's status and the score, and for an
 * audit of both devices each device's too. Which items a deeper page adds beside the nearest is
 * evidence, not verdict.
 */
export function searchVerdictOf(result: AuditResult) {
  const channelsOf = (channels: Record<string, { clicks: number | null } | undefined>) =>
    Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, channels[channel]?.clicks ?? null]));
  return {
    channels: channelsOf(result.channels),
    humanContactClicks: result.humanContactClicks,
    rules: Object.fromEntries(result.rules.map((rule) => [rule.id, rule.status])),
    score: result.score,
    devices: result.devices?.runs.map((run) => ({ device: run.device, humanContactClicks: run.humanContactClicks, channels: channelsOf(run.channels) })),
  };
}

/** Where two audits' verdicts differ, one line each (`channel form: null → 2`); empty when they agree. */
export function searchVerdictDifferences(first: AuditResult, second: AuditResult): string[] {
  const a = searchVerdictOf(first);
  const b = searchVerdictOf(second);
  const lines: string[] = [];
  const note = (what: string, x: unknown, y: unknown) => {
    if (JSON.stringify(x) !== JSON.stringify(y)) lines.push(`${what}: ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
  };
  for (const channel of CHANNEL_NAMES) note(`channel ${channel}`, a.channels[channel], b.channels[channel]);
  note('human', a.humanContactClicks, b.humanContactClicks);
  for (const id of new Set([...Object.keys(a.rules), ...Object.keys(b.rules)])) note(`rule ${id}`, a.rules[id] ?? null, b.rules[id] ?? null);
  note('score', a.score, b.score);
  note('devices', a.devices ?? null, b.devices ?? null);
  return lines;
}
