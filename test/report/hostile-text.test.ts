import * as cheerio from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/index.js';
import { hostileResult, JS_URL, SCRIPT } from './result-builder.js';

/** A page that puts markup, script URLs, quotes and escape codes everywhere it can reach the report. */
const result = hostileResult();
const plain = { color: false };

describe('page-derived text comes out inert', () => {
  it('HTML: no script, no event handler, no javascript: link, and the text is still shown', () => {
    const html = render(result, 'html', plain);
    const $ = cheerio.load(html);
    expect($('script')).toHaveLength(0);
    expect($('img:not(.screenshot)')).toHaveLength(0);
    const attributes = $('*').toArray().flatMap((element) => Object.keys((element as { attribs?: Record<string, string> }).attribs ?? {}));
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    const hrefs = $('[href]').toArray().map((element) => $(element).attr('href') ?? '');
    expect(hrefs.filter((href) => !/^https?:\/\//.test(href))).toEqual([]);
    expect($('[src]').toArray().map((element) => $(element).attr('src'))).toEqual([]);
    // The hostile text is visible as text, proof that it was escaped rather than dropped.
    expect($('[data-channel="phone"] blockquote.evidence').text()).toContain(SCRIPT);
    expect($('[data-channel="phone"] ol.path li').last().text()).toContain(JS_URL);
    expect(html).not.toContain('\u001b');
  });

  it('Markdown: no raw tags, no links except http(s) (an escaped \\] opens none)', () => {
    const md = render(result, 'md', plain);
    expect(md).not.toMatch(/<(script|img|b)\b/i);
    const links = [...md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !/^https?:\/\//.test(href ?? ''))).toEqual([]);
    // Each table row stays one row: a | in page text is escaped.
    const rows = md.split('\n').filter((line) => line.startsWith('| ✅ | phone'));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.split(/(?<!\\)\|/)).toHaveLength(7);
  });

  it('JUnit: well-formed XML whose text decodes back to the page text', () => {
    const xml = render(result, 'junit', plain);
    const $ = cheerio.load(xml, { xml: true });
    expect($('testcase')).toHaveLength(result.rules.length);
    expect($('failure').first().attr('message')).toContain(SCRIPT);
    expect($('script')).toHaveLength(0);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('SARIF: valid JSON with the text as data', () => {
    const log = JSON.parse(render(result, 'sarif', plain));
    expect(log.runs[0].results[0].message.text).toContain(SCRIPT);
  });

  it('CSV: one cell per field, formulas neutralised', () => {
    const rows = parseCsv(render(result, 'csv', plain), { columns: true }) as Array<Record<string, string>>;
    const email = rows.find((row) => row.channel === 'email');
    expect(email?.value?.startsWith("'=HYPERLINK")).toBe(true);
    expect(rows.every((row) => !/^[=+\-@]/.test(row.evidence ?? '') && !/^[=@-]/.test(row.value ?? ''))).toBe(true);
  });
});
