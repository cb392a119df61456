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
