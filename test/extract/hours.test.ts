import { describe, expect, it } from 'vitest';
import OpeningHours from 'opening_hours';
import { extractHours } from '../../src/extract/hours/index.js';
import { emptyWeek, setDays, toOsm } from '../../src/extract/hours/schedule.js';
import type { HoursItem } from '../../src/model/channel-items.js';
import type { TextBlock } from '../../src/model/page-snapshot.js';
import { blocks, makeSnapshot } from '../helpers/snapshot.js';

const ctx = { region: 'SE' as const };

function fromBlocks(input: TextBlock[]): HoursItem[] {
  return extractHours(makeSnapshot({ blocks: input }), ctx);
}

function fromJsonLd(...scripts: string[]): HoursItem[] {
  return extractHours(makeSnapshot({ jsonLd: scripts }), ctx);
}

/** [schedule, appliesTo] per item, the comparable part. */
function summary(items: HoursItem[]): [string, string][] {
  return items.map((item) => [item.schedule, item.appliesTo]);
}

describe('extractHours: visible text', () => {
  const cases: [name: string, input: string[], schedule: string, appliesTo?: string][] = [
    ['sv abbreviations', ['Mån–fre 8–17'], 'Mo-Fr 08:00-17:00'],
    ['sv full names, two rules', ['Måndag–fredag 08.00–17.00, lördag 10–14'], 'Mo-Fr 08:00-17:00; Sa 10:00-14:00'],
    ['sv vardagar', ['Vardagar 9–16'], 'Mo-Fr 09:00-16:00'],
    ['sv helgfri', ['Helgfri måndag–fredag 8–17'], 'Mo-Fr 08:00-17:00'],
    ['sv heading inline', ['Öppettider: mån-tors 8-17, fre 8-16'], 'Mo-Th 08:00-17:00; Fr 08:00-16:00'],
    ['sv lunch break', ['Mån–fre 8–12, 13–16'], 'Mo-Fr 08:00-12:00,13:00-16:00'],
    ['sv lunch break with och', ['Mån–fre 8–12 och 13–16'], 'Mo-Fr 08:00-12:00,13:00-16:00'],
    ['sv explicit closure', ['Mån–sön 10–18. Söndag stängt'], 'Mo-Sa 10:00-18:00'],
    ['sv non-consecutive days', ['Måndag och onsdag 9–12'], 'Mo,We 09:00-12:00'],
    ['sv mixed lists', ['Mån, ons, fre 9-12; tis, tors 13-16'], 'Mo,We,Fr 09:00-12:00; Tu,Th 13:00-16:00'],
    ['sv weekend range', ['Lör–sön 10–14'], 'Sa-Su 10:00-14:00'],
    ['sv three rules', ['Öppet: Mån–Fre 10–18, Lör 10–15, Sön 11–15'], 'Mo-Fr 10:00-18:00; Sa 10:00-15:00; Su 11:00-15:00'],
    ['sv times before days', ['Vi har öppet mellan 9 och 17 på vardagar'], 'Mo-Fr 09:00-17:00'],
    ['sv alla dagar', ['Öppet 10-18 alla dagar'], 'Mo-Su 10:00-18:00'],
    ['sv dygnet runt', ['Kundtjänst: dygnet runt'], '24/7'],
    ['sv weekdays and weekend', ['Vi svarar vardagar 8–17 och helger 10–14'], 'Mo-Fr 08:00-17:00; Sa-Su 10:00-14:00'],
    ['da abbreviations with dots', ['Åbningstider: man.–fre. 9–16'], 'Mo-Fr 09:00-16:00'],
    ['da hverdage', ['Hverdage 8-16'], 'Mo-Fr 08:00-16:00'],
    ['da closure first', ['Man–lør 10–17. Lukket søndag'], 'Mo-Sa 10:00-17:00'],
    ['da alle dage', ['Åbent alle dage 10-18'], 'Mo-Su 10:00-18:00'],
    ['da døgnet rundt', ['Kundeservice: Døgnet rundt'], '24/7'],
    ['nb kl.', ['Mandag–fredag kl. 08.00–16.00'], 'Mo-Fr 08:00-16:00'],
    ['fi abbreviations', ['Ma–pe 8–16'], 'Mo-Fr 08:00-16:00'],
    ['fi case endings', ['maanantaista perjantaihin klo 8–16'], 'Mo-Fr 08:00-16:00'],
    ['fi arkisin', ['Arkisin klo 8–16, lauantaisin 10–14'], 'Mo-Fr 08:00-16:00; Sa 10:00-14:00'],
    ['pl abbreviations', ['Godziny otwarcia: pon.-pt. 8:00-16:00, sob. 9-13'], 'Mo-Fr 08:00-16:00; Sa 09:00-13:00'],
    ['pl od…do', ['od poniedziałku do piątku 8-16'], 'Mo-Fr 08:00-16:00'],
    ['pl dni robocze', ['w dni robocze w godz. 8-16'], 'Mo-Fr 08:00-16:00'],
    ['pl całodobowo', ['Infolinia czynna całodobowo'], '24/7', 'phone'],
    ['de Uhr', ['Mo–Fr 9–18 Uhr'], 'Mo-Fr 09:00-18:00'],
    ['de bis', ['Montag bis Freitag 8:00 - 17:00'], 'Mo-Fr 08:00-17:00'],
    ['de lunch with und', ['Mo-Fr 9-12 Uhr und 13-18 Uhr'], 'Mo-Fr 09:00-12:00,13:00-18:00'],
    ['de von…bis', ['Samstag geöffnet von 9 bis 13 Uhr'], 'Sa 09:00-13:00'],
    ['en am/pm', ['Monday to Friday, 9am–5pm'], 'Mo-Fr 09:00-17:00'],
    ['en 24h clock', ['Mon–Fri 09:00–17:00'], 'Mo-Fr 09:00-17:00'],
    ['en 9–5', ['Mon-Fri 9-5'], 'Mo-Fr 09:00-17:00'],
    ['en minutes and am/pm', ['Mon–Fri 8:30am–5:30pm'], 'Mo-Fr 08:30-17:30'],
    ['en pm on the end only', ['Monday–Friday 1–5pm'], 'Mo-Fr 13:00-17:00'],
    ['en closed sundays', ['Mon–Sat 9–17, Closed Sundays'], 'Mo-Sa 09:00-17:00'],
    ['en 24/7', ['Support 24/7'], '24/7'],
    ['en weak day with dot', ['Fr. 8–16'], 'Fr 08:00-16:00'],
    ['en trailing remark', ['Mon-Fri 9:00-17:00 (excluding public holidays)'], 'Mo-Fr 09:00-17:00'],
    ['phone number after the hours', ['Ring oss mån–fre 8–17 på 08-12 34 56'], 'Mo-Fr 08:00-17:00', 'phone'],
    // A top bar whose spans a stylesheet sets apart reads as one line over HTTP.
    // A contact card whose lines a stylesheet stacks: over HTTP one line, the AI service's "24/7" after the hours.
    ['fi hours before a bare 24/7 of another service', ['📞 Soita meille (06) 321 7300 Maanantai–perjantai 7:45–17\n💬 WhatsApp 24/7 AI-konsultaatio'], 'Mo-Fr 07:45-17:00', 'phone'],
    ['fi hours after klo, a phone number on the same line', ['Halli avoinna arkisin klo 8–15 044 991 6035 · matti@example.fi'], 'Mo-Fr 08:00-15:00'],
    ['sv hours after kl., a phone number on the same line', ['Öppet vardagar kl. 9–17 08 123 45 67'], 'Mo-Fr 09:00-17:00'],
    ['nb time first, days in brackets', ['Åpent 08:00–16:00 (man–fre)'], 'Mo-Fr 08:00-16:00'],
    ['pl time first, days in brackets', ['Czynne 8:00-16:00 (poniedziałek-piątek)'], 'Mo-Fr 08:00-16:00'],
    ['de time first with Uhr', ['Geöffnet 9–17 Uhr (Mo–Fr)'], 'Mo-Fr 09:00-17:00'],
    ['sv time first, days in brackets', ['Öppet 10-18 (mån-fre)'], 'Mo-Fr 10:00-18:00'],
    ['sv time first, day group after', ['Öppet 9–17 vardagar'], 'Mo-Fr 09:00-17:00'],
    ['da time first after a channel word', ['Telefontid 8.00–16.00 mandag–fredag'], 'Mo-Fr 08:00-16:00', 'phone'],
    ['da time first after a service word', ['Kundeservice 9-16 alle hverdage'], 'Mo-Fr 09:00-16:00'],
    ['fi time first', ['Avoinna 8–16 (ma–pe)'], 'Mo-Fr 08:00-16:00'],
    ['en time first', ['Open 9am–5pm Monday to Friday'], 'Mo-Fr 09:00-17:00'],
    ['a later overlapping rule replaces the earlier one', ['Mån–fre 8–17, fre 8–15'], 'Mo-Th 08:00-17:00; Fr 08:00-15:00'],
    ['es a, heading inline', ['Horario: Lunes a Viernes: 8:00 - 20:00'], 'Mo-Fr 08:00-20:00'],
    ['es two shifts as two rules, afternoon closed', ['Horario: Lun–Sáb: 9:30–13:30, Lun–Vie: 16:30–20:00, Sábado tarde: cerrado'],
      'Mo-Fr 09:30-13:30,16:30-20:00; Sa 09:30-13:30'],
    ['es letters, y, slashes and a closed Sunday', ['L, M, J y V · 9:30–13:30 y 15:30–19:00 / Miércoles · 9:30–16:00 / Sábado · 9:00–13:00 · Domingo cerrado'],
      'Mo-Tu,Th-Fr 09:30-13:30,15:30-19:00; We 09:30-16:00; Sa 09:00-13:00'],
    ['es de…a', ['De lunes a viernes de 9:00 a 14:00'], 'Mo-Fr 09:00-14:00'],
    ['es second interval after y de', ['Lunes a viernes de 9:00 a 14:00 y de 16:00 a 19:00'], 'Mo-Fr 09:00-14:00,16:00-19:00'],
    ['es letter range', ['Horario: L-V 9-14 h'], 'Mo-Fr 09:00-14:00'],
    ['es letter range with a', ['L a V de 9:00 a 14:00'], 'Mo-Fr 09:00-14:00'],
    ['es abbreviations without accents', ['Lun-Vie 9:00-18:00, Sab 10:00-14:00'], 'Mo-Fr 09:00-18:00; Sa 10:00-14:00'],
    ['es del…al, closed on Sundays', ['Del lunes al sábado de 10 a 20 h. Cerrado los domingos'], 'Mo-Sa 10:00-20:00'],
    ['es time first', ['Horario de 9:00 a 14:00 de lunes a viernes'], 'Mo-Fr 09:00-14:00'],
    ['nl heading, Gesloten', ['Openingstijden Maandag - Vrijdag 06.30 - 17.00, Zaterdag 08.00 - 12.00, Zondag Gesloten'],
      'Mo-Fr 06:30-17:00; Sa 08:00-12:00'],
    ['nl t/m', ['ma t/m vr 9:00 - 17:00'], 'Mo-Fr 09:00-17:00'],
    ['nl abbreviations', ['ma-vr 8.30-17.00'], 'Mo-Fr 08:30-17:00'],
    ['nl t/m with uur', ['Openingstijden: ma t/m vr 9.00-17.30 uur, za 10.00-16.00 uur'], 'Mo-Fr 09:00-17:30; Sa 10:00-16:00'],
    ['nl van…tot', ['Maandag t/m vrijdag van 9 tot 17 uur'], 'Mo-Fr 09:00-17:00'],
    ['nl tot en met', ['Maandag tot en met vrijdag 9-17'], 'Mo-Fr 09:00-17:00'],
    ['de von…bis jeweils', ['von Montag bis Freitag jeweils von 8:00 bis 18:00 Uhr'], 'Mo-Fr 08:00-18:00'],
    ['de abbreviations with bis and von', ['Mo. bis Fr. von 9 bis 17 Uhr'], 'Mo-Fr 09:00-17:00'],
    ['de lunch, Uhr after each interval', ['Montag – Freitag: 8.00 – 12.00 Uhr und 13.00 – 17.00 Uhr'], 'Mo-Fr 08:00-12:00,13:00-17:00'],
    ['de second interval after und von', ['Mo-Fr von 9 bis 12 und von 13 bis 18 Uhr'], 'Mo-Fr 09:00-12:00,13:00-18:00'],
  ];

  it.each(cases)('%s', (_name, input, schedule, appliesTo = 'general') => {
    expect(summary(fromBlocks(blocks(...input)))).toEqual([[schedule, appliesTo]]);
  });
});

describe('extractHours: times stated without days', () => {
  const unknownDays = (times: string) => `${times} unknown "days not stated"`;
  const cases: [name: string, input: string[], expected: [string, string][]][] = [
    ['pl available', ['Dostępny 8-16'], [[unknownDays('08:00-16:00'), 'general']]],
    ['nb available', ['Tilgjengelig 8–16'], [[unknownDays('08:00-16:00'), 'general']]],
    ['sv customer service', ['Kundtjänst 8–17'], [[unknownDays('08:00-17:00'), 'general']]],
    ['sv service with fillers', ['Kundtjänst har öppet mellan 8 och 17'], [[unknownDays('08:00-17:00'), 'general']]],
    ['de channel word', ['Telefonisch erreichbar 9–18 Uhr'], [[unknownDays('09:00-18:00'), 'phone']]],
    ['times in brackets after a phone number', ['Telefon: 08-123 45 67 (9-16)'], [[unknownDays('09:00-16:00'), 'phone']]],
    ['lunch break', ['Kundtjänst 8–12, 13–16'], [[unknownDays('08:00-12:00,13:00-16:00'), 'general']]],
    ['a later day with its own times is not the days of the first', ['Öppet 10–18, lör 10–14'], [
      ['Sa 10:00-14:00', 'general'], [unknownDays('10:00-18:00'), 'general'],
    ]],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(summary(fromBlocks(blocks(...input)))).toEqual(expected);
  });

  it('marks the item days "unknown" and never claims every day', () => {
    const [item] = fromBlocks(blocks('Kundtjänst 8–17'));
    expect(item).toMatchObject({ days: 'unknown', value: unknownDays('08:00-17:00'), text: 'Kundtjänst 8–17' });
    const hours = new OpeningHours(item!.schedule);
    // Within the times the state is unknown, outside them closed: not "open every day".
    expect(hours.getState(new Date(2024, 0, 13, 10, 0))).toBe(false);
    expect(hours.getUnknown(new Date(2024, 0, 13, 10, 0))).toBe(true);
    expect(hours.getUnknown(new Date(2024, 0, 13, 20, 0))).toBe(false);
  });

  it('leaves "days" out when the days are stated', () => {
    expect(fromBlocks(blocks('Mån–fre 8–17'))[0]).not.toHaveProperty('days');
  });
});

describe('extractHours: statements over several blocks', () => {
  it('reads a table of one row per day, with the heading as evidence', () => {
    const items = fromBlocks([
      { text: 'Öppettider', tag: 'h2', region: 'main' },
      ...['Måndag | 08–17', 'Tisdag | 08–17', 'Onsdag | 08–17', 'Torsdag | 08–17', 'Fredag | 08–16',
        'Lördag | Stängt', 'Söndag | Stängt'].map((text) => ({ text, tag: 'tr', region: 'main' as const })),
    ]);
    expect(summary(items)).toEqual([['Mo-Th 08:00-17:00; Fr 08:00-16:00', 'general']]);
    expect(items[0]?.evidence).toMatch(/^Öppettider: Måndag \| 08–17 Tisdag/);
    expect(items[0]?.text).toContain('Söndag | Stängt');
    expect(items[0]?.source).toBe('text');
  });

  it('reads a range row', () => {
    expect(summary(fromBlocks(blocks('Måndag–fredag | 08.00–17.00', 'Lördag | 10.00–14.00'))))
      .toEqual([['Mo-Fr 08:00-17:00; Sa 10:00-14:00', 'general']]);
  });

  it('pairs a day block with the time block right after it (definition list)', () => {
    const items = fromBlocks([
      { text: 'Kundtjänst har öppet', tag: 'h3', region: 'main' },
      { text: 'Måndag–fredag', tag: 'dt', region: 'main' },
      { text: '08.00–17.00', tag: 'dd', region: 'main' },
      { text: 'Lördag', tag: 'dt', region: 'main' },
      { text: '10.00–14.00', tag: 'dd', region: 'main' },
      { text: 'Söndag', tag: 'dt', region: 'main' },
      { text: 'Stängt', tag: 'dd', region: 'main' },
    ]);
    expect(summary(items)).toEqual([['Mo-Fr 08:00-17:00; Sa 10:00-14:00', 'general']]);
    expect(items[0]?.evidence).toBe('Kundtjänst har öppet: Måndag–fredag 08.00–17.00 Lördag 10.00–14.00 Söndag Stängt');
  });

  it('pairs "Helgfri måndag–fredag" with its time', () => {
    expect(summary(fromBlocks(blocks('Helgfri måndag–fredag', '08.00–17.00')))).toEqual([['Mo-Fr 08:00-17:00', 'general']]);
  });

  it('reads German day and time cells', () => {
    expect(summary(fromBlocks(blocks('Öffnungszeiten', 'Mo – Fr', '9:00 – 18:00 Uhr', 'Sa', '10–14 Uhr'))))
      .toEqual([['Mo-Fr 09:00-18:00; Sa 10:00-14:00', 'general']]);
  });

  it('reads Norwegian rows with a closed Sunday', () => {
    expect(summary(fromBlocks(blocks('Åpningstider', 'Mandag–fredag: 08–16', 'Lørdag: 10–14', 'Søndag: Stengt'))))
      .toEqual([['Mo-Fr 08:00-16:00; Sa 10:00-14:00', 'general']]);
  });

  it('takes "always open" from a heading that speaks of opening or contact', () => {
    expect(summary(fromBlocks(blocks('Öppettider', 'Dygnet runt')))).toEqual([['24/7', 'general']]);
    expect(summary(fromBlocks(blocks('Kontakt oss', 'Døgnet rundt')))).toEqual([['24/7', 'general']]);
  });

  it('does not pair a day with a time that is not right after it', () => {
    expect(fromBlocks(blocks('Lördag', 'Välkommen till vår butik', '10–14'))).toEqual([]);
  });

  it('keeps a closure before unrelated days from closing them', () => {
    expect(summary(fromBlocks(blocks('Julafton stängt', 'Måndag 8-17')))).toEqual([['Mo 08:00-17:00', 'general']]);
  });
});

describe('extractHours: which channel the hours apply to', () => {
  const cases: [name: string, input: string[], expected: [string, string][]][] = [
    ['phone heading two blocks back', ['Kundtjänst telefon', '08-123 45 67', 'Mån–fre 8–17'], [['Mo-Fr 08:00-17:00', 'phone']]],
    ['phone in the statement', ['Telefontider: Mån–Tors 08.00–16.30, Fre 08.00–15.00'], [['Mo-Th 08:00-16:30; Fr 08:00-15:00', 'phone']]],
    ['chat', ['Chatten är öppen vardagar 8–20'], [['Mo-Fr 08:00-20:00', 'chat']]],
    ['English chat', ['Live chat', 'Mon–Fri 9:00–21:00'], [['Mo-Fr 09:00-21:00', 'chat']]],
    ['store (sv)', ['Butiken har öppet lör 10–14'], [['Sa 10:00-14:00', 'visit']]],
    ['visiting address', ['Besöksadress: Storgatan 1, 111 22 Stockholm', 'Mån–fre 10–16'], [['Mo-Fr 10:00-16:00', 'visit']]],
    ['store (da)', ['Butikken', 'Hverdage 10-17.30'], [['Mo-Fr 10:00-17:30', 'visit']]],
    ['store (pl)', ['Sklep czynny pon.-sob. 10-20'], [['Mo-Sa 10:00-20:00', 'visit']]],
    ['store (de)', ['Unser Laden', 'Mo–Sa 10–19 Uhr'], [['Mo-Sa 10:00-19:00', 'visit']]],
    ['store (en)', ['Store opening hours', 'Mon–Sat 10:00–18:00'], [['Mo-Sa 10:00-18:00', 'visit']]],
    ['a heading stops the look-back', ['Telefon 08-123 45 67', 'Öppettider', 'Mån–fre 8–17'], [['Mo-Fr 08:00-17:00', 'general']]],
    ['two channels in one block', ['Telefon: mån–fre 8–17. Chatt: mån–fre 8–20'], [
      ['Mo-Fr 08:00-17:00', 'phone'], ['Mo-Fr 08:00-20:00', 'chat'],
    ]],
    ['two channels in consecutive blocks', ['Telefon: vardagar 8–16', 'Butik: lördag 10–14'], [
      ['Mo-Fr 08:00-16:00', 'phone'], ['Sa 10:00-14:00', 'visit'],
    ]],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(summary(fromBlocks(blocks(...input)))).toEqual(expected);
  });

  it('quotes each statement of a split block on its own', () => {
    const items = fromBlocks(blocks('Telefon: mån–fre 8–17. Chatt: mån–fre 8–20'));
    expect(items.map((item) => item.text)).toEqual(['Telefon: mån–fre 8–17.', 'Chatt: mån–fre 8–20']);
  });
});

describe('extractHours: schema.org', () => {
  const graph = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [{
      '@type': 'Organization',
      contactPoint: {
        '@type': 'ContactPoint',
        telephone: '+46 8 123 45 67',
        hoursAvailable: {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday', 'Wednesday', 'Thursday', 'Friday'],
          opens: '08:00:00',
          closes: '17:00:00',
        },
      },
    }],
  });
  const specs = JSON.stringify([{
    '@type': 'LocalBusiness',
    address: { '@type': 'PostalAddress', streetAddress: 'Storgatan 1' },
    openingHoursSpecification: [
      { dayOfWeek: 'Monday', opens: '08:00', closes: '12:00' },
      { dayOfWeek: 'Monday', opens: '13:00', closes: '16:00' },
      { dayOfWeek: 'http://schema.org/Saturday', opens: '10:00', closes: '14:00' },
      { dayOfWeek: 'Sunday', opens: '00:00', closes: '00:00' },
      { dayOfWeek: 'Tuesday', opens: '07:00', closes: '09:00', validFrom: '2024-12-24', validThrough: '2024-12-24' },
    ],
  }]);
  const cases: [name: string, script: string, expected: [string, string][]][] = [
    ['openingHours string on a store', '{"@type":"Store","address":{"streetAddress":"x"},"openingHours":"Mo-Fr 09:00-17:00"}', [['Mo-Fr 09:00-17:00', 'visit']]],
    ['openingHours array', '{"@type":"Organization","openingHours":["Mo-Fr 09:00-17:00","Sa 10:00-14:00"]}', [['Mo-Fr 09:00-17:00; Sa 10:00-14:00', 'general']]],
    ['openingHours day lists', '{"@type":"Organization","openingHours":"Mo,Tu,We,Th 08:00-17:00; Fr 08:00-16:00"}', [['Mo-Th 08:00-17:00; Fr 08:00-16:00', 'general']]],
    ['all week round the clock', '{"@type":"Organization","openingHours":"Mo-Su 00:00-24:00"}', [['24/7', 'general']]],
    ['ContactPoint in @graph', graph, [['Mo-Fr 08:00-17:00', 'phone']]],
    ['specifications: lunch, URL days, closed day, exceptions ignored', specs, [['Mo 08:00-12:00,13:00-16:00; Sa 10:00-14:00', 'visit']]],
    ['all day per Google convention', '{"@type":"Organization","openingHoursSpecification":{"dayOfWeek":["Saturday","Sunday"],"opens":"00:00","closes":"23:59"}}', [['Sa-Su 00:00-24:00', 'general']]],
    ['trailing comma repaired', '{"@type":"Organization", "openingHours": "Mo-Fr 09:00-17:00",}', [['Mo-Fr 09:00-17:00', 'general']]],
  ];

  it.each(cases)('%s', (_name, script, expected) => {
    const items = fromJsonLd(script);
    expect(summary(items)).toEqual(expected);
    for (const item of items) expect(item.source).toBe('json-ld');
  });

  it('tolerates invalid JSON', () => {
    expect(fromJsonLd('{"@type":"Organization", "openingHours": "Mo-Fr 09:00-17:00', 'not json at all')).toEqual([]);
  });

  it('keeps one item per schedule and channel, visible text first', () => {
    const page = makeSnapshot({
      blocks: blocks('Mån–fre 9–17', 'Måndag–fredag 09.00–17.00'),
      jsonLd: ['{"@type":"Organization","openingHours":"Mo-Fr 09:00-17:00"}'],
    });
    const items = extractHours(page, ctx);
    expect(summary(items)).toEqual([['Mo-Fr 09:00-17:00', 'general']]);
    expect(items[0]?.source).toBe('text');
  });

  it('carries the page location and a canonical value', () => {
    const page = makeSnapshot({ url: 'https://www.exempel.se/kontakt', clicks: 1, blocks: blocks('Vardagar 9–16') });
    const [item] = extractHours(page, ctx);
    expect(item).toMatchObject({
      value: 'Mo-Fr 09:00-16:00', display: 'Vardagar 9–16', pageUrl: 'https://www.exempel.se/kontakt', clicks: 1,
    });
  });
});

describe('extractHours: look-alikes are not hours', () => {
  const lookAlikes: string[][] = [
    ['Leverans 2–5 dagar'],
    ['Öppet köp i 30 dagar'],
    ['Öppet köp 30 dagar, fri retur'],
    ['Rea 10–50 %'],
    ['Rabatt mån–fre 10–20 %'],
    ['99–149 kr'],
    ['Lör 99–149 kr'],
    ['2024-01-01'],
    ['Uppdaterad 2024-01-01 kl 10.15'],
    ['mån 12 feb'],
    ['Lördag 12 februari 10–14'],
    ['Mån 12/2 kl 18–20'],
    ['08-12 34 56'],
    ['Tel 08-12 34 56, fax 08-12 34 57'],
    ['Mån–fre 08-12 34 56'],
    ['Mån–fre kl 08-12-34'],
    ['© 2019–2024 Exempel AB'],
    ['Fri frakt'],
    ['Fri frakt över 499 kr'],
    ['Fr. Müller'],
    ['Do 1–2 Tage'],
    // A weak day word that is an everyday one, before a range that is no business hours
    ['Uszczelka drzwi lodówki ma 3–5 fałd, w których gromadzi się wilgoć.'],
    ['Kurs ma 2-4 uczestników'],
    ['So geht es'],
    ['Version 2.1–2.4'],
    ['1–2 arbetsdagar'],
    ['Ti 10–12 personer'],
    ['Öppettider'],
    ['Åbningstider'],
    ['Opening hours'],
    ['Öppettider', 'Se öppettider för respektive butik'],
    ['Söndag stängt'],
    ['Beställ dygnet runt'],
    ['Handla online 24/7'],
    ['Midsommarafton 24/6 stängt'],
    ['Telefon 08-16 00 00'],
    ['Kundtjänst 08-16 00 00'],
    ['Öppet 8-16 maj'],
    ['Kundtjänst 8–16 år'],
    ['Barn 8–16 år'],
    ['Support 8-16 kr'],
    ['Kundtjänst 8-16 kr/min'],
    ['Support för version 8–16'],
    ['Ring 08-9 16 00'],
    ['Telefon: 08-123 9-16'],
    ['Support 1–2 vardagar'],
    ['Kundtjänst svarar inom 1–2 dagar'],
    ['Kundtjänst 2–3'],
    ['Service 2–3 gånger per år'],
    ['Storlek (8-16)'],
    ['Leverans (8–16 vardagar)'],
    ['Priser (8–16 kr)'],
    // Spanish and Dutch: prices, dates, numbers, sizes and single letters outside a list of days
    ['Precio 8,00 €'],
    ['Menú del día lunes a viernes 12,50 €'],
    ['Lunes a viernes 10-12 €'],
    ['Lunes 3 de mayo'],
    ['Lunes 3 a 7 de mayo'],
    ['Del lunes 3 al viernes 7 de mayo'],
    ['Cerrado por vacaciones del 1 al 15 de agosto'],
    ['Tel. 959 12 34 56'],
    ['CIF B12345678'],
    ['NIF: B12345678 · Tel. 959 12 34 56'],
    ['KvK 12345678'],
    ['IBAN ES91 2100 0418 4502 0005 1332'],
    ['IBAN NL91 ABNA 0417 1643 00'],
    ['Envíos 24/7'],
    ['© 2019–2024 Ejemplo S.L.'],
    ['Entrega en 2-5 días'],
    ['De 10 a 14 personas'],
    ['Levering 1-2 werkdagen'],
    ['ma 1-2 dagen'],
    ['Mar 10–12'],
    ['M 10-12'],
    ['Talla M 10-12'],
    ['Paquete L 10-12 kg'],
    ['Tallas S, M, L 36–42'],
    ['S, M y L 10–12 años'],
    ['L, M 8–12 €'],
    ['D-10115 Berlin 9-17'],
    ['Cerrado los domingos'],
    ['Gesloten op zondag'],
  ];

  it.each(lookAlikes)('%s', (...input) => {
    expect(fromBlocks(blocks(...input))).toEqual([]);
  });

  it('ignores a navigation link labelled "Öppettider"', () => {
    const page = makeSnapshot({
      blocks: [{ text: 'Öppettider', tag: 'li', region: 'nav' }, { text: 'Kontakt', tag: 'li', region: 'nav' }],
      links: [{ href: 'https://www.exempel.se/oppettider', text: 'Öppettider', region: 'nav' }],
    });
    expect(extractHours(page, ctx)).toEqual([]);
  });
});

describe('canonical schedule', () => {
  it('orders rules by first day, merges runs, joins the rest with commas', () => {
    const week = emptyWeek();
    setDays(week, [0, 2, 4], [[540, 720]]);
    setDays(week, [1, 3], [[480, 720], [780, 960]]);
    setDays(week, [5, 6], [[600, 840]]);
    expect(toOsm(week)).toBe('Mo,We,Fr 09:00-12:00; Tu,Th 08:00-12:00,13:00-16:00; Sa-Su 10:00-14:00');
  });

  it('every extracted schedule validates with the opening_hours package', () => {
    const items = fromBlocks(blocks('Mån–fre 8–12, 13–16', 'Lör 10–14'));
    expect(items).not.toEqual([]);
    for (const item of items) expect(() => new OpeningHours(item.schedule)).not.toThrow();
  });
});

describe('a bracketed range with an hour unit is a length of time', () => {
  it.each([
    'Lokalen måste stå tom under behandlingen (6-12 h) och vädras två timmar efter.',
    'Lokal musi być pusty przez cały czas zabiegu (6-12 h) i 2 godziny po nim. Kontakt z nami przez telefon.',
    'Trocknungszeit (2–4 Std) – rufen Sie uns an.',
  ])('%s', (text) => {
    expect(fromBlocks(blocks(text))).toEqual([]);
  });

  it('while bare times in brackets beside a phone number are still hours with unknown days', () => {
    expect(fromBlocks(blocks('Kundtjänst 08-123 45 67 (9-16)')).map((item) => item.days)).toEqual(['unknown']);
  });
});
