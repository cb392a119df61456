import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { embedScreenshots, screenshotDataUri } from '../../src/cli/embed-screenshots.js';
import { emitReports } from '../../src/cli/report-output.js';
import type { AuditResult } from '../../src/model/audit-result.js';
import { HTML_STYLE } from '../../src/report/html-style.js';
import { renderHtml } from '../../src/report/html.js';
import { rulesWorstFirst } from '../../src/report/rule-order.js';
import { buildResult, foundAt, RULES, START, SCRIPT } from './result-builder.js';

const phone = (display: string, clicks: number, pageUrl: string) => ({
  value: display, display, evidence: `Ring ${display}`, numberType: 'FIXED_LINE', premiumRate: false, sharedCost: false, country: 'SE', whatsapp: false,
  pageUrl, clicks, path: [START], source: 'text',
});

/** A phone channel with three numbers on three pages: one shown, two behind "2 more". */
function threePhones(): AuditResult {
  const first = foundAt([START], phone('08-123 456 78', 0, 'https://www.exempel.se/'));
  return buildResult({
    channels: {
      phone: {
        ...first,
        items: [
          ...first.items,
          phone('020-11 22 33', 1, 'https://www.exempel.se/kundservice'),
          phone(`${SCRIPT} 031-55 66 77`, 2, 'https://www.exempel.se/om/kontor'),
        ],
      } as AuditResult['channels']['phone'],
    },
  });
}

describe('the HTML report lists', () => {
  it('failed rules first, then warnings, then met, then those that do not apply, keeping pack order within each', () => {
    const rules = [RULES[2]!, RULES[0]!, { ...RULES[1]!, id: 'b-fail' }, RULES[3]!, RULES[1]!];
    expect(rulesWorstFirst(rules).map((rule) => `${rule.status}:${rule.id}`)).toEqual([
      'fail:b-fail', 'fail:email-given', 'warn:opening-hours-stated', 'pass:human-contact-within-2-clicks', 'not-applicable:phone-not-premium-rate',
    ]);
    const $ = cheerio.load(renderHtml(buildResult()));
    expect($('tr.rule').toArray().map((row) => $(row).attr('data-status'))).toEqual(['fail', 'warn', 'pass', 'not-applicable']);
  });

  it('every value of a channel, the others in a native <details> with their clicks and page, escaped', () => {
    const html = renderHtml(threePhones());
    const $ = cheerio.load(html);
    const channel = $('[data-channel="phone"]');
    expect(channel.find('h3 .value').text()).toBe('08-123 456 78');
    const details = channel.find('details.more');
    expect(details).toHaveLength(1);
    expect(details.find('summary').text()).toBe('+ 2 more');
    const values = details.find('ul.values li').toArray().map((li) => $(li).text());
    expect(values).toEqual([
      expect.stringMatching(/^020-11 22 33 · 1 click.*kundservice$/),
      expect.stringMatching(/^<script>window.__pwned = 1<\/script> 031-55 66 77 · 2 clicks/),
    ]);
    expect(html).not.toContain(SCRIPT);
    expect($('p.more')).toHaveLength(0);
  });

  it('a channel with one value has no collapsible', () => {
    expect(cheerio.load(renderHtml(buildResult()))('[data-channel="phone"] details')).toHaveLength(0);
  });

  it('tables in labelled, focusable boxes that scroll on their own', () => {
    const $ = cheerio.load(renderHtml(buildResult()));
    const box = $('table.rules').parent();
    expect(box.attr('class')).toBe('table-box');
    expect(box.attr('role')).toBe('region');
    expect(box.attr('tabindex')).toBe('0');
    expect(box.attr('aria-label')).toBe('Rules');
  });

  it('styles for phones, dark mode and paper', () => {
    expect(HTML_STYLE).toMatch(/@media \(max-width: 40rem\)/);
    expect(HTML_STYLE).toMatch(/@media \(prefers-color-scheme: dark\)/);
    expect(HTML_STYLE).toMatch(/@page \{ size: A4;/);
    expect(HTML_STYLE).toMatch(/@media print \{[\s\S]*break-before: page/);
  });
});

describe('screenshots embedded in the HTML report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-embed-'));
  // The smallest PNG signature plus a few bytes: enough for the type check, which reads the first bytes only.
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR-body')]);
  writeFileSync(join(dir, 'phone.png'), png);
  writeFileSync(join(dir, 'fake.png'), '<svg onload=alert(1)>');
  writeFileSync(join(dir, 'big.png'), Buffer.concat([png, Buffer.alloc(64)]));

  it('become data: URIs when readable, an image by their bytes and under the cap; otherwise the path stays', async () => {
    expect(await screenshotDataUri('phone.png', dir)).toBe(`data:image/png;base64,${png.toString('base64')}`);
    expect(await screenshotDataUri(join(dir, 'phone.png'), '/elsewhere')).toMatch(/^data:image\/png;base64,/);
    expect(await screenshotDataUri('fake.png', dir)).toBeNull();
    expect(await screenshotDataUri('missing.png', dir)).toBeNull();
    expect(await screenshotDataUri('big.png', dir, 40)).toBeNull();
    expect(await screenshotDataUri('https://evil.example/x.png', dir)).toBeNull();
  });

  it('the report shows the embedded image and keeps the link for one it could not read; the result itself is unchanged', async () => {
    const base = buildResult();
    const result = buildResult({
      channels: { phone: { ...base.channels.phone, screenshot: 'phone.png' }, form: { ...base.channels.form, screenshot: 'missing.png' } },
      over: { barriers: [{ kind: 'consent', pageUrl: 'https://www.exempel.se/', clicks: 0, screenshot: 'phone.png' }] },
    });
    const embedded = await embedScreenshots(result, dir);
    expect(result.channels.phone.screenshot).toBe('phone.png');
    const $ = cheerio.load(renderHtml(embedded));
    expect($('[data-channel="phone"] img.screenshot').attr('src')).toMatch(/^data:image\/png;base64,/);
    expect($('#barriers img.screenshot').attr('src')).toMatch(/^data:image\/png;base64,/);
    expect($('[data-channel="form"] img.screenshot').attr('src')).toBe('missing.png');
  });

  it('audit and report write the HTML with the image inside and the JSON with the path', async () => {
    const base = buildResult();
    const result = buildResult({ channels: { phone: { ...base.channels.phone, screenshot: 'phone.png' } } });
    await emitReports(result, { format: ['json', 'html'], outputDir: dir, quiet: true, color: false }, [], dir);
    expect(readFileSync(join(dir, 'kontaktkoll.html'), 'utf8')).toContain(`src="data:image/png;base64,${png.toString('base64')}"`);
    expect((JSON.parse(readFileSync(join(dir, 'kontaktkoll.json'), 'utf8')) as AuditResult).channels.phone.screenshot).toBe('phone.png');
  });
});
