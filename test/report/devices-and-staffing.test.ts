import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/model/audit-result.js';
import { render } from '../../src/report/index.js';
import { chat } from '../helpers/facts.js';
import { bothDevices, buildResult, hostileResult } from './result-builder.js';

const plain = { color: false };

describe('--device both in the HTML and Markdown reports', () => {
  const base = buildResult();
  const result: AuditResult = { ...base, devices: bothDevices(base) };

  it('HTML: a row per channel with each device\'s clicks and path, differing rows marked, each difference in words', () => {
    const $ = cheerio.load(render(result, 'html', plain));
    const section = $('section#devices');
    expect(section.find('thead th').toArray().map((th) => $(th).text())).toEqual(['Contact channels', 'desktop', 'mobile']);
    const rows = section.find('tbody tr').toArray().map((tr) => ({
      differs: $(tr).hasClass('differs'),
      cells: $(tr).find('td').toArray().map((td) => $(td).text()),
    }));
    expect(rows.find((row) => row.cells[0]?.endsWith('phone'))).toEqual({ differs: true, cells: ['≠ phone', '1 clickKundservice', '2 clicksMeny → Kundservice'] });
    expect(rows.find((row) => row.cells[0]?.endsWith('form'))).toEqual({ differs: true, cells: ['≠ form', '1 clickKundservice', 'not found'] });
    expect(rows.find((row) => row.cells[0] === 'address')).toEqual({ differs: false, cells: ['address', '0 clicks', '0 clicks'] });
    expect(rows.at(-1)).toEqual({ differs: true, cells: ['≠ a human (phone, e-mail, staffed chat)', '1 click', '2 clicks'] });
    expect(section.find('ul.differences li').toArray().map((li) => $(li).text())).toEqual([
      '≠ phone: 1 click on desktop, 2 clicks on mobile',
      '≠ form: 1 click on desktop, not found on mobile',
    ]);
  });

  it('HTML in Swedish names the devices and channels in Swedish', () => {
    const $ = cheerio.load(render({ ...result, lang: 'sv' }, 'html', plain));
    expect($('section#devices h2').text()).toBe('Dator och mobil');
    expect($('section#devices ul.differences li').first().text()).toBe('≠ telefon: 1 klick på dator, 2 klick i mobil');
  });

  it('Markdown: the differences called out, then a table of clicks per device', () => {
    const out = render(result, 'md', plain);
    const lines = out.split('\n');
    const at = lines.indexOf('### Desktop and mobile');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 2, at + 4)).toEqual([
      '- ≠ phone: 1 click on desktop, 2 clicks on mobile',
      '- ≠ form: 1 click on desktop, not found on mobile',
    ]);
    expect(lines).toContain('| | Contact channels | desktop | mobile |');
    expect(lines).toContain('| ≠ | phone | 1 click (Kundservice) | 2 clicks (Meny → Kundservice) |');
    expect(lines).toContain('|  | address | 0 clicks | 0 clicks |');
  });

  it('says so when both devices agree, and draws nothing for a one-device result', () => {
    const same: AuditResult = { ...base, devices: { runs: bothDevices(base).runs.map((run) => ({ ...bothDevices(base).runs[0]!, device: run.device })), differences: [] } };
    expect(cheerio.load(render(same, 'html', plain))('section#devices p').text()).toBe('Every channel is as many clicks away on both devices.');
    expect(render(same, 'md', plain)).toContain('Every channel is as many clicks away on both devices.');
    expect(cheerio.load(render(base, 'html', plain))('section#devices')).toHaveLength(0);
    expect(render(base, 'md', plain)).not.toContain('Desktop and mobile');
  });

  it('escapes a hostile menu label and channel name in both formats', () => {
    const hostile = hostileResult();
    const html = render(hostile, 'html', plain);
    const $ = cheerio.load(html);
    expect($('section#devices script, section#devices img')).toHaveLength(0);
    expect($('section#devices').text()).toContain('"><img src=x onerror=');
    const md = render(hostile, 'md', plain);
    const start = md.indexOf('### Desktop and mobile');
    const section = md.slice(start, md.indexOf('###', start + 5));
    expect(section).not.toMatch(/<(script|img)\b/i);
    // Every table row keeps its four cells: a | in a label is escaped.
    for (const row of section.split('\n').filter((line) => line.startsWith('|') && !line.startsWith('|---'))) {
      expect(row.split(/(?<!\\)\|/), row).toHaveLength(6);
    }
  });
});

describe('who answers a chat, in every human-readable format', () => {
  const withChat = (item: ReturnType<typeof chat>) => buildResult({
    channels: { chat: { found: true, clicks: item.clicks, path: item.path, structuredDataOnly: false, items: [item] } },
  });

  it.each([
    ['human', chat(0, 'human'), 'staffed by people'],
    ['bot-only', chat(0, 'bot-only'), 'bot only'],
    ['unknown', chat(0, 'unknown'), 'who answers is unknown'],
    ['bot-with-handover, hand-over shown at once', chat(0, 'bot-with-handover'), 'bot with hand-over to people'],
    ['bot-with-handover, hand-over one click in', chat(0, 'bot-with-handover', 1), 'bot with hand-over to people (a person from 1 click)'],
  ] as const)('%s', (_label, item, words) => {
    const result = withChat(item);
    expect(render(result, 'text', plain).split('\n').find((line) => line.includes('chat '))).toContain(`Intercom · ${words}`);
    const $ = cheerio.load(render(result, 'html', plain));
    expect($('[data-channel="chat"] .staffing').attr('data-staffing')).toBe(item.staffing);
    expect($('[data-channel="chat"] .staffing strong').text()).toBe(words);
    expect(render(result, 'md', plain)).toContain(`| ✅ | chat | 0 | Intercom · ${words} |`);
  });

  it('Swedish words', () => {
    const result = { ...withChat(chat(0, 'bot-with-handover', 2)), lang: 'sv' as const };
    expect(render(result, 'text', plain)).toContain('Intercom · bot som lämnar över till människa (en människa från 2 klick)');
  });
});
