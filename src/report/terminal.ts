import { Chalk, type ChalkInstance } from 'chalk';
import type { AuditResult, ChannelResult } from '../model/audit-result.js';
import { CHANNEL_NAMES, type ChannelName } from '../model/channel-items.js';
import { isChatItem, staffingText } from './chat-staffing.js';
import { missingText, stoppedText } from './search-reach.js';
import { messagesFor, type ReportMessages } from './messages.js';
import { inert } from './terminal-text.js';

export interface TerminalOptions {
  color: boolean;
}

/** The ten-second read: verdict, one line per channel with its click path, and what failed and why. */
export function renderTerminal(result: AuditResult, options: TerminalOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const m = messagesFor(result.lang);
  const lines: string[] = [];
  lines.push(`${c.bold('kontaktkoll')}  ${inert(result.finalUrl)}  ${c.dim(`(${m.deviceNames[result.device]} · ${m.pack} ${result.rulePack.id} · ${pagesLine(result, m)} · ${(result.crawl.durationMs / 1000).toFixed(1)} s)`)}`);
  lines.push('');
  const human = result.humanContactClicks === null ? c.red(m.noHuman) : m.humanAt(result.humanContactClicks);
  lines.push(`  ${gradeColor(c, result.grade)(`${m.grade} ${result.grade} · ${result.score}/100`)} · ${human} · ${m.choice(result.channelChoice)}`);
  lines.push('');
  const width = Math.max(...CHANNEL_NAMES.map((name) => m.channels[name].length));
  const shown = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, shownValue(name, result.channels[name], m)])) as Record<ChannelName, string>;
  // One long value (a chat's staffing in words) pushes its own path aside, not every row's.
  const valueWidth = Math.min(MAX_VALUE_COLUMN, Math.max(...Object.values(shown).map((text) => text.length)));
  // "1 click" is 7 characters, "0 napsautusta" 13: the column fits the language's longest count.
  const clicksWidth = Math.max(8, ...CHANNEL_NAMES.map((name) => result.channels[name].clicks).filter((clicks) => clicks !== null).map((clicks) => m.clicks(clicks).length));
  for (const name of CHANNEL_NAMES) lines.push(channelLine(c, m, name, result.channels[name], missingText(result.channels[name], result.crawl, m), { width, valueWidth, clicksWidth, shown: shown[name] }));
  lines.push('');
  for (const difference of result.devices?.differences ?? []) {
    const label = m.channels[difference.channel as ChannelName] ?? inert(difference.channel);
    lines.push(`  ${c.yellow('≠')} ${m.deviceDifference(label, difference.desktop, difference.mobile)}`);
  }
  for (const barrier of result.barriers) {
    lines.push(`  ${c.yellow('▲')} ${m.barrier(inert(barrier.kind, 30), barrier.clicks, barrier.coveredContact === true)} ${c.dim(inert(barrier.detail ?? '', 60))}`);
  }
  if ((result.devices?.differences.length ?? 0) > 0 || result.barriers.length > 0) lines.push('');
  const failing = result.rules.filter((rule) => rule.status === 'fail' || rule.status === 'warn');
  if (failing.length === 0) {
    lines.push(`  ${c.green('✓')} ${m.allPass}`);
  } else {
    lines.push(`  ${c.bold(m.failing)}`);
    for (const rule of failing) {
      const mark = rule.status === 'fail' ? c.red('✗') : c.yellow('!');
      lines.push(`  ${mark} ${inert(rule.message, 200)} ${c.dim(`[${rule.id} · ${m.severity[rule.severity]} · ${m.sourceKind[rule.sourceKind]}]`)}`);
    }
  }
  lines.push('');
  lines.push(`  ${c.dim(crawlLine(result, m))}`);
  return `${lines.join('\n')}\n`;
}

const MAX_VALUE_COLUMN = 48;

/** The value a person recognises: the number as written, the address, the schedule; for a chat, who answers it. */
function shownValue(name: ChannelName, channel: ChannelResult, m: ReportMessages): string {
  const nearest = channel.items.find((item) => item.source !== 'json-ld');
  if (!nearest) return '';
  if (isChatItem(nearest)) return `${inert(nearest.display, 30)} · ${staffingText(nearest, m)}`;
  return inert(name === 'hours' && 'schedule' in nearest ? nearest.schedule : nearest.display, 48);
}

interface Columns {
  width: number;
  valueWidth: number;
  clicksWidth: number;
  shown: string;
}

function channelLine(c: ChalkInstance, m: ReportMessages, name: ChannelName, channel: ChannelResult, why: string, columns: Columns): string {
  const label = m.channels[name].padEnd(columns.width);
  if (!channel.found || channel.clicks === null) {
    return `  ${c.red('✗')} ${label}  ${c.dim('–'.padEnd(columns.clicksWidth))} ${c.dim(why)}`;
  }
  const path = channel.path.map((step) => (step.action === 'start' ? m.start : inert(step.label, 40))).join(' → ');
  return `  ${c.green('✓')} ${label}  ${m.clicks(channel.clicks).padEnd(columns.clicksWidth)} ${columns.shown.padEnd(columns.valueWidth)}  ${c.dim(path)}`;
}

function crawlLine(result: AuditResult, m: ReportMessages): string {
  const parts: string[] = [stoppedText(result.crawl, m)];
  if (result.crawl.unexaminedFromClicks !== null && result.crawl.pagesNotExamined > 0) {
    parts.push(m.notExamined(result.crawl.unexaminedFromClicks, result.crawl.pagesNotExamined));
  }
  if (result.crawl.errors.length > 0) parts.push(m.errors(result.crawl.errors.length));
  if (result.crawl.blockedByRobots > 0) parts.push(m.robots(result.crawl.blockedByRobots));
  return parts.join(' · ');
}

function gradeColor(c: ChalkInstance, grade: AuditResult['grade']): ChalkInstance {
  if (grade === 'A' || grade === 'B') return c.green.bold;
  if (grade === 'C' || grade === 'D') return c.yellow.bold;
  return c.red.bold;
}

/** Pages examined, and of how many the crawl learnt: what the early stop saved. */
function pagesLine(result: AuditResult, m: Pick<ReportMessages, 'pages' | 'pagesOfKnown'>): string {
  const { pagesVisited, pagesKnown } = result.crawl;
  return pagesKnown !== undefined && pagesKnown > pagesVisited ? m.pagesOfKnown(pagesVisited, pagesKnown) : m.pages(pagesVisited);
}
