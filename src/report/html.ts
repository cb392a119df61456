import type { AuditResult, ChannelResult, RuleResult } from '../model/audit-result.js';
import { CHANNEL_NAMES, type ChannelName } from '../model/channel-items.js';
import type { PathStep } from '../model/click-path.js';
import { escapeHtml as h, linkHtml } from './escape-html.js';
import { HTML_STYLE } from './html-style.js';
import { isChatItem, staffingText } from './chat-staffing.js';
import { deviceComparison } from './device-comparison.js';
import { otherValuesHtml } from './html-channel-values.js';
import { scrollBox } from './html-table.js';
import { rulesWorstFirst } from './rule-order.js';
import { missingText, stoppedText } from './search-reach.js';
import { messagesFor, type ReportMessages } from './messages.js';
import { wordsFor, type ReportWords } from './report-words.js';
import { inert } from './terminal-text.js';
import { pagesHtml } from './html-pages.js';

/**
 * One self-contained HTML file: inline CSS, no scripts, no external requests (the CSP forbids
 * them too, should escaping ever miss). Every string from a page or a URL goes through `h`.
 */
export function renderHtml(result: AuditResult): string {
  const m = messagesFor(result.lang);
  const w = wordsFor(result.lang);
  return [
    '<!doctype html>',
    `<html lang="${result.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data: file: 'self'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(`kontaktkoll · ${w.title} · ${inert(result.finalUrl, 200)}`)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    verdictSection(result, m, w),
    channelsSection(result, m, w),
    ...devicesSection(result, m, w),
    barriersSection(result, w),
    rulesSection(result, m, w),
    crawlSection(result, m, w),
    footer(result, w),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function verdictSection(result: AuditResult, m: ReportMessages, w: ReportWords): string {
  const human = result.humanContactClicks === null ? m.noHuman : m.humanAt(result.humanContactClicks);
  return `<header>
<h1>kontaktkoll · ${h(w.title)}</h1>
<div class="site">${linkHtml(result.finalUrl, inert(result.finalUrl, 300))}</div>
<section class="verdict" id="verdict" aria-label="${h(w.verdict)}">
<div class="grade grade-${result.grade}" title="${h(m.grade)}">${result.grade}</div>
<div><p class="score">${h(m.grade)} ${result.grade} · ${result.score}/100</p>
<p class="human">${h(human)}</p>
<p class="choice">${h(m.choice(result.channelChoice))}</p></div>
</section>
</header>`;
}

function channelsSection(result: AuditResult, m: ReportMessages, w: ReportWords): string {
  return `<section id="channels"><h2>${h(w.channels)}</h2>\n${CHANNEL_NAMES.map((name) => channelBlock(name, result.channels[name], result.crawl, m, w)).join('\n')}\n</section>`;
}

function channelBlock(name: ChannelName, channel: ChannelResult, crawl: AuditResult['crawl'], m: ReportMessages, w: ReportWords): string {
  const label = h(m.channels[name]);
  if (!channel.found || channel.clicks === null) {
    const why = missingText(channel, crawl, m);
    return `<article class="channel missing" data-channel="${name}"><h3>✗ ${label} <span class="clicks">${h(why)}</span></h3></article>`;
  }
  const nearest = channel.items.find((item) => item.source !== 'json-ld');
  const value = nearest ? (name === 'hours' && 'schedule' in nearest ? nearest.schedule : nearest.display) : '';
  const parts = [
    `<article class="channel found" data-channel="${name}">`,
    `<h3>✓ ${label} <span class="clicks">${h(m.clicks(channel.clicks))}</span> <span class="value">${h(inert(value, 120))}</span></h3>`,
    clickPath(channel.path, m, w),
  ];
  if (isChatItem(nearest)) {
    parts.push(`<p class="staffing" data-staffing="${h(nearest.staffing)}"><strong>${h(staffingText(nearest, m))}</strong> · ${h(inert(nearest.basis, 300))}</p>`);
  }
  if (nearest) parts.push(`<blockquote class="evidence" title="${h(w.evidence)}">${h(inert(nearest.evidence, 300))}</blockquote>`);
  const others = otherValuesHtml(channel.items, nearest, m, w);
  if (others) parts.push(others);
  const screenshot = screenshotImg(channel.screenshot, `${w.screenshot}: ${m.channels[name]}`);
  if (screenshot) parts.push(screenshot);
  parts.push('</article>');
  return parts.join('\n');
}

/** The steps a person takes: each link's label over the page it leads to, the last marked "found here". */
function clickPath(path: PathStep[], m: ReportMessages, w: ReportWords): string {
  const steps = path.map((step, index) => {
    const label = step.action === 'start' ? m.start : inert(step.label, 80);
    const here = index === path.length - 1 ? ` class="here"` : '';
    const found = index === path.length - 1 ? ` <strong>· ${h(w.foundHere)}</strong>` : '';
    return `<li${here} data-action="${h(step.action)}">${h(label)}${found}<span class="step-page">${linkHtml(step.url, inert(step.url, 120))}</span></li>`;
  });
  return `<ol class="path" aria-label="${h(w.clickPath)}">${steps.join('')}</ol>`;
}

/**
 * A screenshot beside the report: an image path relative to the report's folder (`../shots/…`
 * is fine) or absolute, never a URL with a scheme or a host (`//host/…`), so a saved result
 * cannot make the report fetch anything from the network.
 */
export function safeScreenshot(path: string): string | null {
  if (/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(path)) return path;
  if (path.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return null;
  return /^[\p{L}\p{N}_./ -]+\.(png|jpe?g|webp)$/iu.test(path) ? encodeURI(path) : null;
}

function screenshotImg(path: string | undefined, alt: string): string {
  const src = path === undefined ? null : safeScreenshot(path);
  return src ? `<img class="screenshot" alt="${h(alt)}" src="${h(src)}">` : '';
}

/** `--device both`: a table of clicks per device, differing rows marked, then each difference in words. */
function devicesSection(result: AuditResult, m: ReportMessages, w: ReportWords): string[] {
  const comparison = deviceComparison(result.devices, m);
  if (!comparison) return [];
  const head = `<tr><th>${h(w.channels)}</th>${comparison.devices.map((device) => `<th>${h(device)}</th>`).join('')}</tr>`;
  const rows = comparison.rows.map((row) => {
    const cells = row.cells.map((cell) => `<td>${h(cell.clicks)}${cell.steps.length > 0 ? `<span class="step-page">${h(cell.steps.join(' → '))}</span>` : ''}</td>`).join('');
    return `<tr class="${row.differs ? 'differs' : 'same'}"><td>${row.differs ? '≠ ' : ''}${h(row.label)}</td>${cells}</tr>`;
  });
  const callouts = comparison.differences.length === 0
    ? `<p>${h(w.sameOnDevices)}</p>`
    : `<ul class="differences">${comparison.differences.map((line) => `<li>≠ ${h(line)}</li>`).join('')}</ul>`;
  return [`<section id="devices"><h2>${h(w.devices)}</h2>
${callouts}
${scrollBox(w.devices, `<table class="devices"><thead>${head}</thead><tbody>
${rows.join('\n')}
</tbody></table>`)}</section>`];
}

function barriersSection(result: AuditResult, w: ReportWords): string {
  if (result.barriers.length === 0) return `<section id="barriers"><h2>${h(w.barriers)}</h2><p>${h(w.noBarriers)}</p></section>`;
  const rows = result.barriers.map((barrier) => `<li><strong>${h(inert(barrier.kind, 60))}</strong> · ${linkHtml(barrier.pageUrl, inert(barrier.pageUrl, 120))} · ${barrier.clicks}${barrier.detail ? ` · ${h(inert(barrier.detail, 200))}` : ''}`
    + `${screenshotImg(barrier.screenshot, `${w.screenshot}: ${inert(barrier.kind, 60)}`)}</li>`);
  return `<section id="barriers"><h2>${h(w.barriers)}</h2><ul>${rows.join('\n')}</ul></section>`;
}

function rulesSection(result: AuditResult, m: ReportMessages, w: ReportWords): string {
  const head = `<tr><th>${h(w.status)}</th><th>${h(w.rule)}</th><th>${h(w.message)}</th><th>${h(w.severity)}</th><th>${h(w.basis)}</th><th>${h(w.sources)}</th></tr>`;
  // Failed first, then warnings: what a reader must act on is at the top.
  const rows = rulesWorstFirst(result.rules).map((rule) => ruleRow(rule, m, w));
  return `<section id="rules"><h2>${h(w.rules)} <small>(${h(w.rulePack)}: ${h(inert(result.rulePack.id, 40))})</small></h2>
${scrollBox(w.rules, `<table class="rules"><thead>${head}</thead><tbody>
${rows.join('\n')}
</tbody></table>`)}</section>`;
}

function ruleRow(rule: RuleResult, m: ReportMessages, w: ReportWords): string {
  const mark = { pass: '✓', fail: '✗', warn: '!', 'not-applicable': '–' }[rule.status];
  const sources = rule.sources.map((source) => linkHtml(source.url, source.title)).join('<br>');
  // data-label names each cell where a narrow screen stacks the cells without the header row.
  return `<tr class="rule" data-rule="${h(rule.id)}" data-status="${rule.status}"><td class="status-${rule.status}">${mark} ${h(w.statuses[rule.status])}</td>`
    + `<td><strong>${h(rule.title)}</strong><br><code>${h(rule.id)}</code></td><td>${h(inert(rule.message, 400))}</td><td data-label="${h(w.severity)}">${h(m.severity[rule.severity])}</td>`
    + `<td data-label="${h(w.basis)}"><span class="kind kind-${rule.sourceKind}">${h(m.sourceKind[rule.sourceKind])}</span></td><td data-label="${h(w.sources)}">${sources}</td></tr>`;
}

function crawlSection(result: AuditResult, m: ReportMessages, w: ReportWords): string {
  const crawl = result.crawl;
  const stopped: string[] = [stoppedText(crawl, m)];
  if (crawl.unexaminedFromClicks !== null && crawl.pagesNotExamined > 0) stopped.push(m.notExamined(crawl.unexaminedFromClicks, crawl.pagesNotExamined));
  const facts: Array<[string, string]> = [
    [w.pagesVisited, h(String(crawl.pagesVisited))],
    [w.duration, h(`${(crawl.durationMs / 1000).toFixed(1)} s`)],
    [w.stoppedBecause, h(stopped.join(' · '))],
    [w.blockedByRobots, h(String(crawl.blockedByRobots))],
    [w.rulePack, h(`${inert(result.rulePack.id, 40)} — ${inert(result.rulePack.title, 120)} (${inert(result.rulePack.reason, 120)})`)],
    [w.device, h(m.deviceNames[result.device])],
    [w.region, h(inert(result.region, 20))],
  ];
  const errors = crawl.errors.length === 0 ? '' : `<h3>${h(w.errors)}</h3><ul>${crawl.errors.map((error) => `<li>${linkHtml(error.url, inert(error.url, 120))}: ${h(inert(error.reason, 120))}</li>`).join('')}</ul>`;
  return `<section id="crawl"><h2>${h(w.crawl)}</h2><dl class="facts">${facts.map(([term, value]) => `<dt>${h(term)}</dt><dd>${value}</dd>`).join('')}</dl>${errors}${pagesHtml(result, w)}</section>`;
}

/** Volatile data lives here only, so two reports of the same site differ in the footer alone. */
function footer(result: AuditResult, w: ReportWords): string {
  return `<footer>${h(w.generatedBy)} kontaktkoll ${h(result.tool.version)} · ${h(w.auditedAt)} <time>${h(result.auditedAt)}</time></footer>`;
}
