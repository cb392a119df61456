import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { compareResults, comparisonLines } from '../../src/audit/compare.js';
import { summaryHtml } from '../../src/batch/summary-html.js';
import { summarize } from '../../src/batch/summary.js';
import type { DoneRecord, JournalRecord } from '../../src/batch/journal-record.js';
import type { AuditResult } from '../../src/model/audit-result.js';
import { REPORT_LANGS, type ReportLang } from '../../src/model/report-lang.js';
import { render } from '../../src/report/index.js';
import { REPORT_TEXT } from '../../src/report/lang/index.js';
import { messagesFor } from '../../src/report/messages.js';
import { wordsFor } from '../../src/report/report-words.js';
import { bothDevices, buildResult, foundAt, hostileResult, JS_URL, SCRIPT, START } from './result-builder.js';

const plain = { color: false };
const FOREIGN = REPORT_LANGS.filter((lang) => lang !== 'en');

/**
 * The builder's result with every text a report does not write itself (rule texts, the pack's
 * title and reason, page text) made neutral, so whatever English is left is the report's own.
 */
function neutral(lang: ReportLang): AuditResult {
  const base = buildResult({ lang });
  return {
    ...base,
    rulePack: { id: 'se', title: '§', reason: '§' },
    rules: base.rules.map((rule, index) => ({ ...rule, id: `r${index}`, title: `T${index}`, message: `M${index}`, data: {}, sources: [{ title: 'S', url: 'https://example.org/' }] })),
    barriers: [{ kind: 'consent', pageUrl: base.finalUrl, clicks: 0, detail: '…', coveredContact: true }],
    devices: bothDevices(base, '≡'),
  };
}

/** What a reader sees: the terminal text, Markdown, and the HTML's text (not its tags, classes or styles). */
function visibleText(result: AuditResult): Record<'text' | 'md' | 'html', string> {
  return {
    text: render(result, 'text', plain),
    md: render(result, 'md', plain),
    html: cheerio.load(render(result, 'html', plain))('body').text(),
  };
}

/** Every plain string among English's own words that the other language writes differently. */
function englishOnlyWords(lang: ReportLang): string[] {
  const words: string[] = [];
  const walk = (en: unknown, other: unknown) => {
    if (typeof en === 'string') {
      if (en !== other) words.push(en);
    } else if (en && typeof en === 'object') {
      for (const [key, value] of Object.entries(en)) walk(value, (other as Record<string, unknown>)[key]);
    }
  };
  walk({ messages: REPORT_TEXT.en.messages, words: REPORT_TEXT.en.words }, { messages: REPORT_TEXT[lang].messages, words: REPORT_TEXT[lang].words });
  return words;
}

const asWord = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

/** A few words each language must show in its own spelling (a table wired to the wrong language fails here). */
const KNOWN: Record<ReportLang, { grade: string; channels: string; oneClick: string; twoClicks: string }> = {
  en: { grade: 'Grade', channels: 'Contact channels', oneClick: '1 click', twoClicks: '2 clicks' },
  sv: { grade: 'Betyg', channels: 'Kontaktvägar', oneClick: '1 klick', twoClicks: '2 klick' },
  da: { grade: 'Karakter', channels: 'Kontaktmuligheder', oneClick: '1 klik', twoClicks: '2 klik' },
  nb: { grade: 'Karakter', channels: 'Kontaktveier', oneClick: '1 klikk', twoClicks: '2 klikk' },
  fi: { grade: 'Arvosana', channels: 'Yhteydenottokanavat', oneClick: '1 napsautus', twoClicks: '2 napsautusta' },
  pl: { grade: 'Ocena', channels: 'Kanały kontaktu', oneClick: '1 kliknięcie', twoClicks: '2 kliknięcia' },
  es: { grade: 'Calificación', channels: 'Canales de contacto', oneClick: '1 clic', twoClicks: '2 clics' },
  de: { grade: 'Note', channels: 'Kontaktwege', oneClick: '1 Klick', twoClicks: '2 Klicks' },
};

describe.each(REPORT_LANGS)('a report in %s', (lang) => {
  const result = neutral(lang);
  const shown = visibleText(result);

  it('shows the language\'s own words in the terminal, Markdown and HTML, and HTML says its language', () => {
    const known = KNOWN[lang];
    expect(shown.text).toContain(`${known.grade} D · 62/100`);
    expect(shown.md).toContain(`## kontaktkoll · ${known.grade} D · 62/100`);
    expect(shown.html).toContain(known.channels);
    // The builder's phone is 1 click away on desktop and 2 on mobile.
    expect(shown.text).toContain(known.oneClick);
    expect(shown.html).toContain(known.twoClicks);
    expect(render(result, 'html', plain)).toContain(`<html lang="${lang}">`);
  });

  it('JUnit and SARIF name the severity, the kind of source and the basis in the language', () => {
    const m = messagesFor(lang);
    const junit = render(result, 'junit', plain);
    expect(junit).toContain(`[${m.severity.error} · ${m.sourceKind.law}]`);
    const sarif = JSON.parse(render(result, 'sarif', plain)) as { runs: Array<{ tool: { driver: { rules: Array<{ help: { text: string } }> } } }> };
    expect(sarif.runs[0]!.tool.driver.rules[0]!.help.text).toContain(`\n${wordsFor(lang).basis}: ${m.sourceKind.principle}\n`);
  });

  it('escapes page text in every format as the English report does', () => {
    const hostile = { ...hostileResult(), lang };
    const $ = cheerio.load(render(hostile, 'html', plain));
    expect($('script')).toHaveLength(0);
    expect($('[href]').toArray().map((element) => $(element).attr('href') ?? '').filter((href) => !/^https?:\/\//.test(href))).toEqual([]);
    expect($('[data-channel="phone"] blockquote.evidence').text()).toContain(SCRIPT);
    expect(render(hostile, 'md', plain)).not.toMatch(/<(script|img|b)\b/i);
    const xml = cheerio.load(render(hostile, 'junit', plain), { xml: true });
    expect(xml('testcase')).toHaveLength(hostile.rules.length);
    expect(xml('failure').first().attr('message')).toContain(SCRIPT);
    expect(JSON.parse(render(hostile, 'sarif', plain)).runs[0].results[0].message.text).toContain(SCRIPT);
    expect(render(hostile, 'text', plain)).not.toContain('\u001b');
    expect(render(hostile, 'text', plain)).toContain(JS_URL.slice(0, 10));
  });
});

describe.each(FOREIGN)('a report in %s, beside English', (lang) => {
  const shown = visibleText(neutral(lang));

  it('contains none of the English report words the language has its own for', () => {
    const leaks = englishOnlyWords(lang).flatMap((word) => Object.entries(shown)
      .filter(([, text]) => asWord(word).test(text)).map(([format]) => `${format}: "${word}"`));
    const counted = Object.entries(shown).filter(([, text]) => /\bclicks?\b/.test(text)).map(([format]) => `${format}: click(s)`);
    expect([...leaks, ...counted]).toEqual([]);
  });
});

describe('numbers take the form their language gives them', () => {
  it.each([
    ['pl', [[0, '0 kliknięć'], [1, '1 kliknięcie'], [2, '2 kliknięcia'], [4, '4 kliknięcia'], [5, '5 kliknięć'], [12, '12 kliknięć'], [22, '22 kliknięcia'], [25, '25 kliknięć']]],
    ['fi', [[0, '0 napsautusta'], [1, '1 napsautus'], [2, '2 napsautusta']]],
    ['es', [[1, '1 clic'], [3, '3 clics']]],
    ['de', [[1, '1 Klick'], [3, '3 Klicks']]],
    ['en', [[1, '1 click'], [0, '0 clicks']]],
  ] as const)('%s clicks', (lang, cases) => {
    for (const [n, text] of cases) expect(messagesFor(lang).clicks(n)).toBe(text);
  });

  it('a Polish report counts the phone 5 clicks away in the genitive plural', () => {
    const deep = [START, ...Array.from({ length: 5 }, (_, index) => ({ action: 'link' as const, label: `k${index}`, url: `https://www.exempel.se/${index}` }))];
    const result = buildResult({ lang: 'pl', channels: { phone: foundAt(deep, { value: '+46812345678', display: '08-123 456 78', evidence: 'Tel', numberType: 'FIXED_LINE', premiumRate: false, sharedCost: false, country: 'SE', whatsapp: false }) } });
    expect(render(result, 'text', plain)).toMatch(/telefon\s+5 kliknięć/);
  });
});

describe('the rest of the report\'s words', () => {
  it.each(FOREIGN)('--compare lines are in %s', (lang) => {
    const before = buildResult({ lang });
    const after = buildResult({ lang, channels: { phone: { ...before.channels.phone, clicks: 3 } }, over: { score: 70, grade: 'C' } });
    const lines = comparisonLines(compareResults(before, after), lang);
    const words = REPORT_TEXT[lang];
    expect(lines).toEqual([
      `${words.compare.regression}: ${words.messages.channels.phone}: ${words.messages.clicks(1)} → ${words.messages.clicks(3)}`,
      `${words.compare.improvement}: ${words.compare.score(62, 70, 'D', 'C')}`,
    ]);
    expect(comparisonLines([], lang)).toEqual([words.compare.noChange]);
  });

  it.each(REPORT_LANGS)('the batch summary page is in %s, page text still escaped', (lang) => {
    const done = {
      key: 'aaaaaaaaaaaaaaaa', url: 'https://a.se/', name: '<script>x</script>', sector: '', country: '', finishedAt: '2026-01-01T00:00:00.000Z', durationMs: 1, by: 'test',
      status: 'done', file: 'sites/a.json',
      row: { score: 80, grade: 'B', humanContactClicks: 1, phoneClicks: 1, hoursStated: true, premiumRate: false, chatbotOnly: false, channelChoice: 3, barriers: [], finalUrl: 'https://a.se/', pagesVisited: 2 },
    } as DoneRecord;
    const failed = { ...done, key: 'bbbbbbbbbbbbbbbb', status: 'failed', reason: 'timeout', message: 'slow' } as unknown as JournalRecord;
    const html = summaryHtml(summarize([done, failed], null), '2026-01-01T00:00:00.000Z', lang);
    const s = REPORT_TEXT[lang].summary;
    const $ = cheerio.load(html);
    expect($('html').attr('lang')).toBe(lang);
    expect($('h1').text()).toBe(s.heading);
    expect($('caption').toArray().map((caption) => $(caption).text())).toEqual([s.ranked, s.bySector, s.notAudited]);
    expect($('tbody tr').first().text()).toContain(s.yes);
    expect($('tbody th').first().text()).toBe(s.all);
    expect($('script')).toHaveLength(0);
    if (lang !== 'en') expect($('body').text()).not.toMatch(/\b(Company|Sector|Ranked by score|not measured|yes)\b/);
  });
});
