import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { batchExitCode, failedSitesLine } from '../../src/batch/batch-exit.js';
import { commonFailures } from '../../src/batch/common-failures.js';
import type { DoneRecord, JournalRecord } from '../../src/batch/journal-record.js';
import { mergeBatches } from '../../src/batch/merge.js';
import { summarize } from '../../src/batch/summary.js';
import { humanClickBands, scoreBands } from '../../src/batch/summary-charts.js';
import { sectorCsv, summaryCsv } from '../../src/batch/summary-csv.js';
import { summaryHtml } from '../../src/batch/summary-html.js';
import { summaryMarkdown } from '../../src/batch/summary-markdown.js';
import { summaryExtraWords } from '../../src/batch/summary-words.js';
import { writeSummary } from '../../src/batch/write-summary.js';
import { EXIT } from '../../src/errors.js';
import { REPORT_LANGS } from '../../src/model/report-lang.js';
import { REPORT_TEXT } from '../../src/report/lang/index.js';
import { siteRowSchema } from '../../src/batch/site-row.js';

const NOW = '2026-01-01T00:00:00.000Z';
const none = { phone: null, email: null, form: null, chat: null, address: null, hours: null };

function done(key: string, score: number, over: Partial<Omit<DoneRecord, 'row'>> & { row?: Partial<DoneRecord['row']> } = {}): DoneRecord {
  const { row, ...rest } = over;
  return {
    key, url: `https://${key}.se/`, name: `Site ${key}`, sector: 'telecom', country: 'SE', finishedAt: NOW, durationMs: 1, by: 'test',
    status: 'done', file: `sites/${key}.json`,
    row: { score, grade: 'B', humanContactClicks: 1, phoneClicks: 1, hoursStated: true, premiumRate: false, chatbotOnly: false, channelChoice: 3,
      barriers: [], finalUrl: `https://${key}.se/`, pagesVisited: 2, channelClicks: { ...none, phone: 1 }, failedRules: [], rulePack: 'se', ...row },
    ...rest,
  };
}

function failed(key: string, sector = 'energy'): JournalRecord {
  return { key, url: `https://${key}.se/`, name: `Down ${key}`, sector, country: 'SE', finishedAt: NOW, durationMs: 1, by: 'test', status: 'failed', reason: 'unreachable', message: 'connection refused' };
}

const KEY = (n: number) => String(n).repeat(16).slice(0, 16);

describe('batch exit codes', () => {
  it('0 when every site was audited, 5 when some failed, 6 when none was audited', () => {
    expect(EXIT.someSitesFailed).toBe(5);
    expect(EXIT.noSiteAudited).toBe(6);
    expect(batchExitCode(summarize([done(KEY(1), 80)], null))).toBe(0);
    expect(batchExitCode(summarize([done(KEY(1), 80), failed(KEY(2))], null))).toBe(5);
    expect(batchExitCode(summarize([failed(KEY(2)), failed(KEY(3))], null))).toBe(6);
  });

  it('says how many sites failed in one line, and nothing when none did', () => {
    expect(failedSitesLine(summarize([done(KEY(1), 80), failed(KEY(2))], null))).toMatch(/^1 of 2 sites could not be audited \(exit 5\)/);
    expect(failedSitesLine(summarize([failed(KEY(2))], null))).toMatch(/^1 of 1 site could not be audited \(exit 6\)/);
    expect(failedSitesLine(summarize([done(KEY(1), 80)], null))).toBeNull();
  });
});

describe('empty groups', () => {
  it('a sector with no audited site has no mean score or shares: "–" in the page, empty in the CSV, never 0', () => {
    const summary = summarize([done(KEY(1), 80), failed(KEY(2), 'energy')], null);
    const energy = summary.sectors.find((stats) => stats.sector === 'energy');
    expect(energy).toMatchObject({ sites: 0, failed: 1, meanScore: null, shareWithPhoneWithin2: null, shareChatbotOnly: null, medianClicksToHuman: null });
    const $ = cheerio.load(summaryHtml(summary, NOW));
    const row = $('table').filter((_, el) => $(el).find('caption').text() === 'By sector').find('tbody tr').filter((_, el) => $(el).children().first().text() === 'energy');
    expect(row.children().toArray().map((cell) => $(cell).text())).toEqual(['energy', '0', '–', '0', '–', '–', '–', '1']);
    const csv = parse(sectorCsv(summary), { columns: true }) as Record<string, string>[];
    expect(csv.find((line) => line.sector === 'energy')).toMatchObject({ sites: '0', mean_score: '', share_phone_within_2: '', sites_failed: '1' });
  });

  it('with no site audited the overall row shows "–" for the mean score', () => {
    const $ = cheerio.load(summaryHtml(summarize([failed(KEY(2))], null), NOW));
    const overall = $('tbody tr').filter((_, el) => $(el).children().first().text() === 'all').children().toArray().map((cell) => $(cell).text());
    expect(overall[6]).toBe('–');
  });
});

describe('skipped rows and failed sites are in the summary files', () => {
  const summary = summarize([done(KEY(1), 80), failed(KEY(2))], null, [{ line: 4, message: 'only http and https <b>' }]);

  it('summary.csv has a row per failed site and per skipped list row', () => {
    const rows = parse(summaryCsv(summary), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.status)).toEqual(['audited', 'failed', 'skipped']);
    expect(rows[2]?.failure_reason).toBe('line 4: only http and https <b>');
  });

  it('summary.html lists both, escaped', () => {
    const html = summaryHtml(summary, NOW);
    const $ = cheerio.load(html);
    const captions = $('caption').toArray().map((caption) => $(caption).text());
    expect(captions).toContain('Not audited');
    expect(captions).toContain('Rows of the list that were skipped');
    expect(html).toContain('only http and https &lt;b&gt;');
    expect($('body').text()).toContain('Down 2222222222222222');
  });
});

describe('links to each site\'s report', () => {
  it('the company opens its HTML report when one was written, else its website', () => {
    const summary = summarize([done(KEY(1), 90), done(KEY(3), 70)], null);
    const $ = cheerio.load(summaryHtml(summary, NOW, 'en', { htmlReports: new Set([KEY(1)]) }));
    const companies = $('tbody tr').slice(0, 2).map((_, row) => $(row).children().eq(1).find('a').first().attr('href')).get();
    expect(companies).toEqual([`sites/${KEY(1)}.html`, `https://${KEY(3)}.se/`]);
  });

  it('a journal line pointing elsewhere is not linked as a report', () => {
    const odd = done(KEY(1), 90, { file: '../../etc/x.json' });
    const $ = cheerio.load(summaryHtml(summarize([odd], null), NOW, 'en', { htmlReports: new Set([KEY(1)]) }));
    expect($('a[href$=".html"]')).toHaveLength(0);
  });

  it('writeSummary links the HTML report only when the file is beside the JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-summary-'));
    mkdirSync(join(dir, 'sites'));
    writeFileSync(join(dir, 'sites', `${KEY(1)}.html`), '<!doctype html>');
    for (const key of [KEY(1), KEY(3)]) writeFileSync(join(dir, 'sites', `${key}.json`), '{}');
    writeFileSync(join(dir, 'results.jsonl'), [done(KEY(1), 90), done(KEY(3), 70)].map((record) => `${JSON.stringify(record)}\n`).join(''));
    await writeSummary(dir, null, 'en', [{ line: 2, message: 'the url is empty' }]);
    const $ = cheerio.load(readFileSync(join(dir, 'summary.html'), 'utf8'));
    expect($(`a[href="sites/${KEY(1)}.html"]`).length).toBeGreaterThan(0);
    expect($(`a[href="sites/${KEY(3)}.html"]`)).toHaveLength(0);
    // summary.md beside it, with the same links and the skipped row.
    const markdown = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(markdown).toContain(`[HTML](sites/${KEY(1)}.html)`);
    expect(markdown).not.toContain(`sites/${KEY(3)}.html`);
    expect(markdown).toMatch(/^\| 2 \| the url is empty \|$/m);
    // A later summary of the folder (a worker's, with no list) keeps the skipped rows.
    await writeSummary(dir, null);
    const json = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { skipped: unknown; toolVersion: string };
    expect(json.skipped).toEqual([{ line: 2, message: 'the url is empty' }]);
    expect(json.toolVersion).toMatch(/^\d+\.\d+\.\d+/);
    // Merged shards that read the same list name each skipped row once.
    const merged = await mergeBatches([dir, dir], join(dir, 'merged'));
    expect(merged.summary.skipped).toEqual([{ line: 2, message: 'the url is empty' }]);
  });

  it('merges a shard the list gave no site to, and refuses a folder that is no batch output, or folders without a single result', async () => {
    const full = mkdtempSync(join(tmpdir(), 'kontaktkoll-shard-'));
    mkdirSync(join(full, 'sites'));
    writeFileSync(join(full, 'sites', `${KEY(1)}.json`), '{}');
    writeFileSync(join(full, 'results.jsonl'), `${JSON.stringify(done(KEY(1), 90))}\n`);
    // A short list cut in many shards: this one had nothing to audit, and its journal is empty.
    const empty = mkdtempSync(join(tmpdir(), 'kontaktkoll-shard-'));
    writeFileSync(join(empty, 'results.jsonl'), '');
    const merged = await mergeBatches([full, empty], join(full, 'merged'));
    expect(merged.sites).toBe(1);
    expect(merged.summary.ranked).toHaveLength(1);
    const stranger = mkdtempSync(join(tmpdir(), 'kontaktkoll-shard-'));
    await expect(mergeBatches([full, stranger], join(stranger, 'merged'))).rejects.toMatchObject({ exitCode: EXIT.usage, message: expect.stringMatching(/has no results\.jsonl: not the output folder/) });
    await expect(mergeBatches([empty, empty], join(stranger, 'merged2'))).rejects.toMatchObject({ exitCode: EXIT.usage, message: expect.stringMatching(/none of the 2 folder\(s\) holds a result/) });
  });
});

describe('charts, most common failures and methodology', () => {
  const failing = (ids: string[]) => ids.map((id) => ({ id, title: `Title of ${id}` }));
  const records = [
    done(KEY(1), 100, { row: { failedRules: failing(['a-rule']) } }),
    done(KEY(3), 45, { sector: '<svg onload=x>', row: { humanContactClicks: null, channelClicks: { ...none, email: 2 }, failedRules: failing(['a-rule', 'b-rule']), rulePack: 'eu' } }),
    done(KEY(4), 47, { row: { humanContactClicks: 6, failedRules: failing(['b-rule', 'a-rule', 'c-rule']) } }),
  ];
  const summary = summarize(records, null);

  it('score bands and clicks to a human count every audited site, a site with no human contact included', () => {
    expect(scoreBands(records).filter((band) => band.value > 0)).toEqual([{ label: '90–100', value: 1 }, { label: '40–49', value: 2 }]);
    expect(humanClickBands(records, 'none')).toEqual([
      { label: '0', value: 0 }, { label: '1', value: 1 }, { label: '2', value: 0 }, { label: '3', value: 0 }, { label: '4+', value: 1 }, { label: 'none', value: 1 },
    ]);
  });

  it('draws three inline SVG charts, no script, sector names escaped', () => {
    const html = summaryHtml(summary, NOW);
    const $ = cheerio.load(html);
    expect($('#charts svg[role="img"]')).toHaveLength(3);
    expect($('#charts svg').toArray().every((svg) => $(`#${$(svg).attr('aria-labelledby')}`).text().length > 0)).toBe(true);
    expect($('script')).toHaveLength(0);
    expect(html).not.toContain('<svg onload');
    expect(html).toMatch(/&lt;svg onload=x&gt;/);
    // Channel availability: the telecom sector found a phone on both its sites, the other sector none.
    const grid = $('#chart-channels').parent().find('svg text.share').toArray().map((text) => $(text).text());
    expect(grid.slice(0, 6)).toEqual(['0 %', '100 %', '0 %', '0 %', '0 %', '0 %']);
    expect(grid.slice(6, 12)).toEqual(['100 %', '0 %', '0 %', '0 %', '0 %', '0 %']);
  });

  it('ranks rules by how many sites failed them', () => {
    expect(commonFailures(records)).toEqual([
      { id: 'a-rule', title: 'Title of a-rule', sites: 3 },
      { id: 'b-rule', title: 'Title of b-rule', sites: 2 },
      { id: 'c-rule', title: 'Title of c-rule', sites: 1 },
    ]);
    const $ = cheerio.load(summaryHtml(summary, NOW));
    expect($('tr[data-rule]').toArray().map((row) => $(row).children().toArray().map((cell) => $(cell).text()))).toEqual([
      ['a-rule', 'Title of a-rule', '3'], ['b-rule', 'Title of b-rule', '2'], ['c-rule', 'Title of c-rule', '1'],
    ]);
  });

  it('states what a click is, the packs, the date and the version', () => {
    const $ = cheerio.load(summaryHtml(summary, NOW, 'en', { toolVersion: '9.8.7' }));
    const text = $('#methodology').text();
    expect(text).toContain('One click is one activation');
    expect(text).toContain('eu, se');
    expect(text).toContain(NOW);
    expect(text).toContain('9.8.7');
  });

  it('a journal line from before these figures still parses and summarises', () => {
    const { channelClicks: _c, failedRules: _f, rulePack: _r, ...old } = done(KEY(1), 80).row;
    expect(siteRowSchema.parse(old)).toEqual(old);
    const html = summaryHtml(summarize([{ ...done(KEY(1), 80), row: old }], null), NOW);
    expect(cheerio.load(html)('#chart-channels').parent().find('text.share').first().text()).toBe('–');
  });
});

describe('summary.md', () => {
  /** A table row's cells; a `|` escaped with a backslash stays inside its cell, as GitHub reads it. */
  const cellsOf = (line: string) => line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
  /** The lines under a `## heading`, up to the next one. */
  const section = (markdown: string, heading: string) => {
    const lines = markdown.split('\n');
    const start = lines.indexOf(`## ${heading}`);
    expect(start, heading).toBeGreaterThan(-1);
    const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
    return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== '');
  };
  const tableRows = (lines: string[]) => lines.filter((line) => line.startsWith('|')).slice(2).map(cellsOf);

  const records = [
    done(KEY(3), 70, { row: { humanContactClicks: null, phoneClicks: null, barriers: ['consent'], failedRules: [{ id: 'a-rule', title: 'Title of a-rule' }] } }),
    done(KEY(1), 90, { sector: '', row: { failedRules: [{ id: 'a-rule', title: 'Title of a-rule' }, { id: 'b-rule', title: 'Title of b-rule' }] } }),
    failed(KEY(2)),
  ];
  const summary = summarize(records, 64 * 1024 * 1024, [{ line: 4, message: 'only http and https' }]);

  it('holds the ranked table, the sectors, the common failures, the sites not audited, the skipped rows and the method', () => {
    const markdown = summaryMarkdown(summary, NOW, 'en', { htmlReports: new Set([KEY(1)]), toolVersion: '9.8.7' });
    expect(markdown.split('\n')[0]).toBe('# How many clicks to reach a human?');
    expect(markdown).toContain('2 sites audited, 1 could not be audited. Generated 2026-01-01T00:00:00.000Z by kontaktkoll. Peak memory 64 MB.');
    const ranked = section(markdown, 'Ranked by score');
    expect(cellsOf(ranked[0]!)).toEqual(['#', 'Company', 'Sector', 'Score', 'Grade', 'Clicks to a human', 'Clicks to phone', 'Hours stated', 'Premium-rate', 'Chatbot only', 'Barriers', 'Report']);
    expect(tableRows(ranked)).toEqual([
      ['1', `[Site ${KEY(1)}](https://${KEY(1)}.se/)`, '', '90', 'B', '1', '1', 'yes', 'no', 'no', '', `[HTML](sites/${KEY(1)}.html) · [JSON](sites/${KEY(1)}.json)`],
      ['2', `[Site ${KEY(3)}](https://${KEY(3)}.se/)`, 'telecom', '70', 'B', '–', '–', 'yes', 'no', 'no', 'consent', `[JSON](sites/${KEY(3)}.json)`],
    ]);
    expect(tableRows(section(markdown, 'By sector'))).toEqual([
      ['(no sector)', '1', '1', '0', '100 %', '0 %', '90', '0'],
      ['energy', '0', '–', '0', '–', '–', '–', '1'],
      ['telecom', '1', '–', '1', '0 %', '0 %', '70', '0'],
      ['**all**', '**2**', '**–**', '**1**', '**50 %**', '**0 %**', '**80**', '**1**'],
    ]);
    expect(tableRows(section(markdown, 'Most common failures'))).toEqual([['`a-rule`', 'Title of a-rule', '2'], ['`b-rule`', 'Title of b-rule', '1']]);
    expect(tableRows(section(markdown, 'Not audited'))).toEqual([[`[Down ${KEY(2)}](https://${KEY(2)}.se/)`, 'energy', 'unreachable', 'connection refused']]);
    expect(tableRows(section(markdown, 'Rows of the list that were skipped'))).toEqual([['4', 'only http and https']]);
    const method = section(markdown, 'Methodology').join('\n');
    expect(method).toContain('One click is one activation');
    expect(method).toContain('- Rule packs: se');
    expect(method).toContain(`- Generated: ${NOW}`);
    expect(method).toContain('- kontaktkoll version: 9.8.7');
  });

  it('leaves out the tables of failed sites and skipped rows when there are none, and says when no rule failed', () => {
    const markdown = summaryMarkdown(summarize([done(KEY(1), 100)], null), NOW);
    expect(markdown).not.toContain('## Not audited');
    expect(markdown).not.toContain('## Rows of the list that were skipped');
    expect(section(markdown, 'Most common failures')).toEqual(['No audited site failed a rule.']);
    expect(section(markdown, 'Ranked by score')).toHaveLength(3);
  });

  it('escapes what a list or a site wrote: no tag, no other link, no extra cell, no broken row', () => {
    const evil = 'Evil | Co <script>alert(1)</script> [x](javascript:alert(1)) `tick` *bold*\nnext line';
    const hostile = summarize([
      done(KEY(1), 90, { name: evil, url: 'https://evil.se/a|b<script>?q=`)', sector: 'a|b\n<img src=x onerror=alert(1)>', row: { grade: '<b>A</b>', barriers: ['con|sent'], failedRules: [{ id: 'x`|y', title: 'T | <i>t</i>' }] } }),
      { ...(failed(KEY(2)) as Extract<JournalRecord, { status: 'failed' }>), name: evil, url: 'javascript:alert(1)', message: 'refused | <svg onload=x>\n| a | b |' },
      done(KEY(3), 10, { file: '../../etc/passwd`|](javascript:x)' }),
    ], null, [{ line: 7, message: 'bad | row <script>\n| x |' }]);
    const markdown = summaryMarkdown(hostile, NOW, 'en', { htmlReports: new Set([KEY(1), KEY(3)]) });
    expect(markdown).not.toMatch(/<(script|img|svg|b|i)\b/i);
    const links = [...markdown.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((match) => match[1]!);
    expect(links.filter((href) => !/^(https?:\/\/|sites\/[0-9a-f]{16}\.(html|json)$)/.test(href))).toEqual([]);
    expect(links).toContain('https://evil.se/a%7Cb%3Cscript%3E?q=%60%29');
    // Every row of every table has as many cells as its heading: no value split a row or added a cell.
    const tables = markdown.split('\n\n').filter((block) => block.startsWith('|')).map((block) => block.split('\n'));
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const lines of tables) {
      const width = cellsOf(lines[0]!).length;
      for (const line of lines) expect(cellsOf(line), line).toHaveLength(width);
    }
    // The text is still there to read, escaped rather than dropped.
    const ranked = tableRows(section(markdown, 'Ranked by score'));
    expect(ranked[0]![1]).toBe('[Evil \\| Co &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1)) \\`tick\\` \\*bold\\* next line](https://evil.se/a%7Cb%3Cscript%3E?q=%60%29)');
    expect(ranked[0]![2]).toBe('a\\|b &lt;img src=x onerror=alert(1)&gt;');
    // A report path the batch did not write is text, not a link.
    expect(ranked[1]![11]).toBe('../../etc/passwd\\`\\|\\](javascript:x)');
    expect(tableRows(section(markdown, 'Not audited'))[0]![0]).toBe('Evil \\| Co &lt;script&gt;alert(1)&lt;/script&gt; \\[x\\](javascript:alert(1)) \\`tick\\` \\*bold\\* next line');
    expect(tableRows(section(markdown, 'Most common failures'))[0]).toEqual(['x\\`\\|y', 'T \\| &lt;i&gt;t&lt;/i&gt;', '1']);
  });

  it.each(REPORT_LANGS)('is written in the summary\'s language (%s)', (lang) => {
    const markdown = summaryMarkdown(summary, NOW, lang);
    const s = REPORT_TEXT[lang].summary;
    const x = summaryExtraWords(lang);
    expect(markdown.split('\n')[0]).toBe(`# ${s.heading}`);
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([s.ranked, s.bySector, x.commonFailures, s.notAudited, x.skippedRows, x.methodology].map((heading) => `## ${heading}`));
    expect(cellsOf(section(markdown, s.ranked)[0]!)[1]).toBe(s.company);
  });
});
