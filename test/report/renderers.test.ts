import { describe, expect, it } from 'vitest';
import { repositoryPathOf } from '../../src/report/sarif-location.js';
import { render, REPORT_FILE_NAMES, REPORT_FORMATS, parseFormatList, type ReportFormat } from '../../src/report/index.js';
import { STABLE_TIMESTAMP } from '../../src/report/stable.js';
import { buildResult } from './result-builder.js';

const DOCUMENT_FORMATS = REPORT_FORMATS.filter((format) => format !== 'text');

describe('every format renders the one AuditResult', () => {
  it.each(DOCUMENT_FORMATS.flatMap((format) => (['en', 'sv'] as const).map((lang) => [format, lang] as const)))(
    '%s (%s) matches its golden file', async (format, lang) => {
      const out = render(buildResult({ lang }), format, { color: false });
      await expect(out).toMatchFileSnapshot(`__snapshots__/${lang}.${REPORT_FILE_NAMES[format]}`);
    },
  );

  it.each(REPORT_FORMATS)('%s is deterministic: the same result renders byte for byte the same', (format) => {
    expect(render(buildResult(), format, { color: false })).toBe(render(buildResult(), format, { color: false }));
  });
});

describe('--stable: two runs of the same site diff cleanly', () => {
  // The same findings seen on another day, from tabs finishing in another order.
  const first = buildResult();
  const second = buildResult({
    over: {
      auditedAt: '2026-12-01T08:30:00.000Z',
      crawl: { ...first.crawl, durationMs: 9999, errors: [{ url: 'https://www.exempel.se/z', reason: 'HTTP 500' }, ...first.crawl.errors] },
    },
  });
  const firstWithErrors = buildResult({ over: { crawl: { ...first.crawl, errors: [...first.crawl.errors, { url: 'https://www.exempel.se/z', reason: 'HTTP 500' }] } } });

  it.each(REPORT_FORMATS)('%s differs without --stable and matches with it', (format: ReportFormat) => {
    if (format !== 'csv' && format !== 'md') expect(render(firstWithErrors, format, { color: false })).not.toBe(render(second, format, { color: false }));
    expect(render(firstWithErrors, format, { color: false, stable: true })).toBe(render(second, format, { color: false, stable: true }));
  });

  it('fixes only volatile fields', () => {
    const stable = JSON.parse(render(second, 'json', { color: false, stable: true })) as typeof second;
    expect(stable.auditedAt).toBe(STABLE_TIMESTAMP);
    expect(stable.crawl.durationMs).toBe(0);
    expect(stable.crawl.errors.map((error) => error.url)).toEqual(['https://www.exempel.se/trasig', 'https://www.exempel.se/z']);
    expect({ ...stable, auditedAt: second.auditedAt, crawl: { ...stable.crawl, durationMs: 9999, errors: second.crawl.errors } }).toEqual(second);
  });
});

describe('--format list', () => {
  it.each([
    ['text', ['text']],
    ['text,json,html,junit', ['text', 'json', 'html', 'junit']],
    ['markdown, sarif ,csv,md', ['md', 'sarif', 'csv']],
  ])('%j → %j', (input, formats) => {
    expect(parseFormatList(input)).toEqual(formats);
  });
  it.each(['pdf', '', 'text,,yaml'])('%j is a usage error', (input) => {
    expect(() => parseFormatList(input)).toThrow(/--format/);
  });
  it('gives every format its own predictable file name', () => {
    expect(new Set(Object.values(REPORT_FILE_NAMES)).size).toBe(REPORT_FORMATS.length);
  });
});

describe('content of each format', () => {
  const result = buildResult();
  it('JUnit has one test case per rule; failures carry message and evidence; a warning passes with its message; n/a is skipped', () => {
    const xml = render(result, 'junit', { color: false });
    expect(xml.match(/<testcase /g)).toHaveLength(result.rules.length);
    expect(xml).toMatch(/<failure message="No e-mail address is shown\." type="error">/);
    expect(xml).not.toMatch(/<failure[^>]*type="warning"/);
    expect(xml).toMatch(/<testcase [^>]*name="opening-hours-stated: [^"]*"[^>]*><properties><property name="status" value="warn"\/><\/properties><system-out>No opening hours are stated\./);
    expect(xml).toMatch(/<testcase [^>]*name="phone-not-premium-rate: [^"]*"[^>]*><skipped/);
    expect(xml).toMatch(/tests="4" failures="1" errors="0" skipped="1"/);
  });

  it('SARIF lists every rule as a descriptor and results only for rules not met, at page URLs', () => {
    const log = JSON.parse(render(result, 'sarif', { color: false }));
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(result.rules.map((rule) => rule.id));
    expect(run.tool.driver.rules[1].helpUri).toBe('https://www.riksdagen.se/sv/dokument-och-lagar/');
    expect(run.tool.driver.rules[1].properties.tags).toContain('law');
    expect(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([['email-given', 'error'], ['opening-hours-stated', 'warning']]);
    // GitHub code scanning rejects http(s) artifact URIs: the page is a repository-relative path, its address a logical location.
    const location = run.results[0].locations[0];
    expect(location.physicalLocation.artifactLocation).toEqual({ uri: repositoryPathOf(result.finalUrl), uriBaseId: '%SRCROOT%' });
    expect(location.logicalLocations[0].name).toBe(result.finalUrl);
    for (const finding of run.results) expect(finding.locations[0].physicalLocation.artifactLocation.uri).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
    expect(run.results[0].properties).toMatchObject({ pageUrl: result.finalUrl, clickPath: 'Start' });
  });

  it('a SARIF location names the page by host and path, as a relative URI', () => {
    expect(repositoryPathOf('https://www.exempel.se/')).toBe('www.exempel.se');
    expect(repositoryPathOf('http://127.0.0.1:3000/kundservice/kontakt/?tab=2#x')).toBe('127.0.0.1_3000/kundservice/kontakt');
    expect(repositoryPathOf('https://www.exempel.se/k%C3%B6p villkor')).toBe('www.exempel.se/k%C3%B6p%20villkor');
    expect(repositoryPathOf('not a url')).toBe('unknown-page');
  });

  it('CSV has one row per finding', async () => {
    const { parse } = await import('csv-parse/sync');
    const rows = parse(render(result, 'csv', { color: false }), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => [row.channel, row.clicks])).toEqual([['phone', '1'], ['form', '1'], ['address', '0']]);
    expect(rows[0]).toMatchObject({ value: '+46812345678', path: 'Start > Kundservice', evidence: 'Ring oss: 08-123 456 78' });
  });

  it('Markdown leads with the grade, lists failing rules and shows a comparison when given', () => {
    const out = render(result, 'md', { color: false, comparison: ['regression: phone: 0 clicks → 1 click'] });
    expect(out.split('\n')[0]).toBe('## kontaktkoll · Grade D · 62/100');
    expect(out).toMatch(/❌ No e-mail address is shown\. — `email-given`/);
    expect(out).toMatch(/- regression: phone: 0 clicks → 1 click/);
  });
});
