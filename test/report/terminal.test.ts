import { describe, expect, it } from 'vitest';
import { inert } from '../../src/report/terminal-text.js';

describe('page text is inert in the terminal', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', 'red'],
    ['title\u001b]0;owned\u0007', 'title'],
    ['bell\u0007 and back\bspace', 'bell and backspace'],
    ['right\u202eto-left', 'rightto-left'],
    ['  many   spaces\n\nlines ', 'many spaces lines'],
  ])('%j → %j', (input, output) => {
    expect(inert(input)).toBe(output);
  });
  it('bounds length', () => {
    expect(inert('x'.repeat(500), 50)).toHaveLength(50);
  });
});

describe('terminal report: devices and barriers', () => {
  it('calls out channels whose clicks differ between desktop and mobile, and each barrier', async () => {
    const { buildResult } = await import('./result-builder.js');
    const { renderTerminal } = await import('../../src/report/terminal.js');
    const base = buildResult();
    const result = {
      ...base,
      barriers: [{ kind: 'consent', pageUrl: base.finalUrl, clicks: 0, detail: 'generic: "Endast nödvändiga"', coveredContact: true }],
      devices: { runs: [], differences: [{ channel: 'phone', desktop: 0, mobile: 2 }, { channel: 'hours', desktop: 1, mobile: null }] },
    };
    const text = renderTerminal(result, { color: false });
    expect(text).toContain('≠ phone: 0 clicks on desktop, 2 clicks on mobile');
    expect(text).toContain('≠ hours: 1 click on desktop, not found on mobile');
    expect(text).toContain('▲ barrier: a cookie dialog at 0 clicks, covering the contact details');
    const sv = renderTerminal({ ...result, lang: 'sv' }, { color: false });
    expect(sv).toContain('≠ telefon: 0 klick på dator, 2 klick i mobil');
  });
});

describe('terminal report: columns', () => {
  it('a long chat label pushes its own path aside, not every row’s', async () => {
    const { buildResult, foundAt, START } = await import('./result-builder.js');
    const { renderTerminal } = await import('../../src/report/terminal.js');
    const { chat } = await import('../helpers/facts.js');
    const item = { ...chat(1, 'bot-with-handover', 2), display: 'Chatta med en av våra kundtjänstmedarbetare' };
    const { pageUrl: _pageUrl, clicks: _clicks, path: _path, source: _source, ...fields } = item;
    const chatChannel = foundAt([START, { action: 'chat', label: 'Chatta med oss', url: START.url }], { ...fields, source: 'script' });
    const lines = renderTerminal(buildResult({ channels: { chat: chatChannel } }), { color: false }).split('\n');
    const chatLine = lines.find((line) => line.includes('Chatta med en av'))!;
    const phoneLine = lines.find((line) => line.includes('08-123 456 78'))!;
    const valueToPath = (line: string, value: string) => line.indexOf('Start') - line.indexOf(value);
    expect(valueToPath(chatLine, 'Chatta med en av')).toBeGreaterThan(52);
    expect(valueToPath(phoneLine, '08-123 456 78')).toBeLessThanOrEqual(50);
  });
});

describe('terminal report: how far the search went', () => {
  it('a channel not found is "not found within N clicks" when pages deeper were left, plainly "not found" when none were', async () => {
    const { buildResult } = await import('./result-builder.js');
    const { renderTerminal } = await import('../../src/report/terminal.js');
    const base = buildResult();
    const cut = renderTerminal({ ...base, crawl: { ...base.crawl, stoppedBecause: 'max-depth', unexaminedFromClicks: 4, searchDepth: { clicks: 3, from: 'rule-pack' } } }, { color: false });
    expect(cut).toMatch(/chat\s+–\s+not found within 3 clicks/);
    expect(cut).toContain('searched as deep as the rules count clicks (3 clicks)');
    const given = renderTerminal({ ...base, crawl: { ...base.crawl, stoppedBecause: 'max-depth', unexaminedFromClicks: 2, searchDepth: { clicks: 1, from: 'max-depth' } } }, { color: false });
    expect(given).toMatch(/chat\s+–\s+not found within 1 click\b/);
    expect(given).toContain('depth limit reached');
    const whole = renderTerminal({ ...base, crawl: { ...base.crawl, stoppedBecause: 'complete', unexaminedFromClicks: null, pagesNotExamined: 0 } }, { color: false });
    expect(whole).toMatch(/chat\s+–\s+not found\s*$/m);
    const sv = renderTerminal({ ...base, lang: 'sv', crawl: { ...base.crawl, stoppedBecause: 'max-depth', unexaminedFromClicks: 4, searchDepth: { clicks: 3, from: 'rule-pack' } } }, { color: false });
    expect(sv).toMatch(/chatt\s+–\s+hittades inte inom 3 klick/);
  });
});
