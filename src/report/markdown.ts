import type { AuditResult, RuleResult } from '../model/audit-result.js';
import { CHANNEL_NAMES } from '../model/channel-items.js';
import { isChatItem, staffingText } from './chat-staffing.js';
import { deviceComparison } from './device-comparison.js';
import { escapeMarkdown as md, markdownLink } from './escape-markdown.js';
import { pagesMarkdown } from './markdown-pages.js';
import { missingText, stoppedText } from './search-reach.js';
import { messagesFor } from './messages.js';
import { wordsFor } from './report-words.js';

export interface MarkdownOptions {
  /** Lines comparing this run with a previous one (from `--compare`), already in plain text. */
  comparison?: string[];
}

const STATUS_MARK = { pass: '✅', fail: '❌', warn: '⚠️', 'not-applicable': '➖' } as const;

/**
 * For pull-request comments and CI job summaries. GitHub and GitLab render HTML inside
 * Markdown, so page text is escaped for both.
 */
export function renderMarkdown(result: AuditResult, options: MarkdownOptions = {}): string {
  const m = messagesFor(result.lang);
  const w = wordsFor(result.lang);
  const human = result.humanContactClicks === null ? m.noHuman : m.humanAt(result.humanContactClicks);
  const lines: string[] = [
    `## kontaktkoll · ${m.grade} ${result.grade} · ${result.score}/100`,
    '',
    `${markdownLink(result.finalUrl)} — **${md(human)}** · ${md(m.choice(result.channelChoice))}`,
    '',
    `| | ${md(w.channels)} | ${md(w.clicksHeading)} | ${md(w.value)} | ${md(w.clickPath)} |`,
    '|---|---|---|---|---|',
  ];
  for (const name of CHANNEL_NAMES) {
    const channel = result.channels[name];
    if (!channel.found || channel.clicks === null) {
      lines.push(`| ❌ | ${md(m.channels[name])} | – | ${md(missingText(channel, result.crawl, m))} | |`);
      continue;
    }
    const nearest = channel.items.find((item) => item.source !== 'json-ld');
    const value = nearest ? (name === 'hours' && 'schedule' in nearest ? nearest.schedule : nearest.display) : '';
    const path = channel.path.map((step) => (step.action === 'start' ? md(m.start) : md(step.label, 60))).join(' → ');
    const staffing = isChatItem(nearest) ? ` · ${md(staffingText(nearest, m))}` : '';
    lines.push(`| ✅ | ${md(m.channels[name])} | ${channel.clicks} | ${md(value, 80)}${staffing} | ${path} |`);
  }
  lines.push('', ...devicesLines(result));
  const failing = result.rules.filter((rule) => rule.status === 'fail' || rule.status === 'warn');
  if (failing.length === 0) {
    lines.push(`✅ ${md(m.allPass)}`);
  } else {
    lines.push(`### ${md(m.failing)}`, '');
    for (const rule of failing) lines.push(`- ${STATUS_MARK[rule.status]} ${md(rule.message, 400)} — \`${rule.id}\` · ${md(m.severity[rule.severity])} · ${md(m.sourceKind[rule.sourceKind])}${sourceLinks(rule)}`);
  }
  if (options.comparison && options.comparison.length > 0) {
    lines.push('', `### ${md(w.comparison)}`, '', ...options.comparison.map((line) => `- ${md(line, 300)}`));
  }
  lines.push('', '<details>', `<summary>${md(w.allRules)} (${result.rules.length})</summary>`, '');
  lines.push(`| | ${md(w.rule)} | ${md(w.severity)} | ${md(w.basis)} | ${md(w.sources)} |`, '|---|---|---|---|---|');
  for (const rule of result.rules) {
    lines.push(`| ${STATUS_MARK[rule.status]} | ${md(rule.title)} (\`${rule.id}\`) | ${md(m.severity[rule.severity])} | ${md(m.sourceKind[rule.sourceKind])} | ${rule.sources.map((source) => markdownLink(source.url, source.title)).join('<br>')} |`);
  }
  lines.push('', '</details>', '', ...pagesMarkdown(result, w));
  lines.push(`<sub>${md(crawlLine(result))} · ${md(w.rulePack)} ${md(result.rulePack.id)} · kontaktkoll ${md(result.tool.version)}</sub>`, '');
  return lines.join('\n');
}

/** `--device both`: each difference called out, then clicks per device with differing rows marked. */
function devicesLines(result: AuditResult): string[] {
  const m = messagesFor(result.lang);
  const w = wordsFor(result.lang);
  const comparison = deviceComparison(result.devices, m);
  if (!comparison) return [];
  const lines = [`### ${md(w.devices)}`, ''];
  if (comparison.differences.length === 0) lines.push(md(w.sameOnDevices), '');
  else lines.push(...comparison.differences.map((line) => `- ≠ ${md(line, 300)}`), '');
  lines.push(`| | ${md(w.channels)} | ${comparison.devices.map((device) => md(device)).join(' | ')} |`, `|---|---|${comparison.devices.map(() => '---').join('|')}|`);
  for (const row of comparison.rows) {
    const cells = row.cells.map((cell) => (cell.steps.length > 0 ? `${md(cell.clicks)} (${md(cell.steps.join(' → '), 200)})` : md(cell.clicks)));
    lines.push(`| ${row.differs ? '≠' : ''} | ${md(row.label)} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  return lines;
}

function sourceLinks(rule: RuleResult): string {
  return rule.sources.length === 0 ? '' : ` (${rule.sources.map((source) => markdownLink(source.url, source.title)).join(', ')})`;
}

function crawlLine(result: AuditResult): string {
  const m = messagesFor(result.lang);
  const parts: string[] = [m.pages(result.crawl.pagesVisited), stoppedText(result.crawl, m)];
  if (result.crawl.unexaminedFromClicks !== null && result.crawl.pagesNotExamined > 0) {
    parts.push(m.notExamined(result.crawl.unexaminedFromClicks, result.crawl.pagesNotExamined));
  }
  if (result.crawl.errors.length > 0) parts.push(m.errors(result.crawl.errors.length));
  return parts.join(' · ');
}
