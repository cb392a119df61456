import { describe, expect, it } from 'vitest';
import type { CountryCode } from 'libphonenumber-js';
import { extractPhones } from '../../src/extract/phone/index.js';
import type { NumberType, PhoneItem } from '../../src/model/channel-items.js';
import type { PageLink } from '../../src/model/page-snapshot.js';
import { blocks, makeSnapshot } from '../helpers/snapshot.js';

const inText = (region: CountryCode, ...texts: string[]): PhoneItem[] =>
  extractPhones(makeSnapshot({ blocks: blocks(...texts) }), { region });

const link = (href: string, text = ''): PageLink => ({ href, text, region: 'footer' });

const inLinks = (region: CountryCode, ...links: PageLink[]): PhoneItem[] =>
  extractPhones(makeSnapshot({ links }), { region });

interface Positive {
  region: CountryCode;
  text: string;
  value: string;
  type: NumberType;
  display?: string;
}

/** Formats people write, per market; labels are optional. */
const POSITIVES: Positive[] = [
  { region: 'SE', text: 'Tel: 08-123 456 78', value: '+46812345678', type: 'FIXED_LINE', display: '08-123 456 78' },
  { region: 'SE', text: '08-12 34 56', value: '+468123456', type: 'FIXED_LINE' },
  { region: 'SE', text: 'Ring oss på 031-123 45 67!', value: '+46311234567', type: 'FIXED_LINE', display: '031-123 45 67' },
  { region: 'SE', text: 'Kundtjänst 0771-123 456', value: '+46771123456', type: 'SHARED_COST' },
  { region: 'SE', text: 'Växel 010-123 45 67', value: '+46101234567', type: 'UAN' },
  { region: 'SE', text: 'Telefon +46 (0)8 123 456 78', value: '+46812345678', type: 'FIXED_LINE', display: '+46 (0)8 123 456 78' },
  { region: 'SE', text: 'Phone +46 8 123 456 78', value: '+46812345678', type: 'FIXED_LINE' },
  { region: 'SE', text: 'Mobil 070-123 45 67', value: '+46701234567', type: 'MOBILE' },
  { region: 'SE', text: 'Gratis: 020-12 34 56', value: '+4620123456', type: 'TOLL_FREE' },
  { region: 'SE', text: '0046 8 123 456 78', value: '+46812345678', type: 'FIXED_LINE' },
  { region: 'SE', text: '(08) 123 45 67', value: '+4681234567', type: 'FIXED_LINE' },
  { region: 'SE', text: '070-123-45-67', value: '+46701234567', type: 'MOBILE' },
  { region: 'SE', text: '0812345678', value: '+46812345678', type: 'FIXED_LINE' },
  { region: 'SE', text: 'Tel/fax: 08-123 456 78', value: '+46812345678', type: 'FIXED_LINE' },
  { region: 'SE', text: 'Vårt org.nr är 556677-8899. Ring 08-123 456 78', value: '+46812345678', type: 'FIXED_LINE' },
  { region: 'SE', text: 'Telefon | 08-123 456 78', value: '+46812345678', type: 'FIXED_LINE' },
  { region: 'SE', text: 'Order och leverans: 08-123 456 78', value: '+46812345678', type: 'FIXED_LINE' },
  { region: 'SE', text: 'Ring 0311 234 56 Göteborg', value: '+4631123456', type: 'FIXED_LINE' },
  { region: 'SE', text: 'Danmark: +45 33 12 34 56', value: '+4533123456', type: 'FIXED_LINE_OR_MOBILE' },
  { region: 'DK', text: '+45 33 12 34 56', value: '+4533123456', type: 'FIXED_LINE_OR_MOBILE' },
  { region: 'DK', text: 'Tlf. 33 12 34 56', value: '+4533123456', type: 'FIXED_LINE_OR_MOBILE' },
  { region: 'DK', text: '33 12 34 56', value: '+4533123456', type: 'FIXED_LINE_OR_MOBILE' },
  { region: 'DK', text: 'Ring til os på 3312 3456', value: '+4533123456', type: 'FIXED_LINE_OR_MOBILE' },
  { region: 'DK', text: 'Tlf. 33123456', value: '+4533123456', type: 'FIXED_LINE_OR_MOBILE' },
  { region: 'PL', text: '+48 22 123 45 67', value: '+48221234567', type: 'FIXED_LINE' },
  { region: 'PL', text: 'tel. 22 123 45 67', value: '+48221234567', type: 'FIXED_LINE' },
  { region: 'PL', text: 'Infolinia 801 123 456', value: '+48801123456', type: 'SHARED_COST' },
  { region: 'PL', text: 'Zadzwoń 601 234 567', value: '+48601234567', type: 'MOBILE' },
  { region: 'NO', text: '+47 22 12 34 56', value: '+4722123456', type: 'FIXED_LINE' },
  { region: 'NO', text: 'Kundeservice: 815 00 000', value: '+4781500000', type: 'UAN' },
  { region: 'FI', text: 'Puh. 09 1234 5678', value: '+358912345678', type: 'FIXED_LINE' },
  { region: 'FI', text: '+358 9 1234 5678', value: '+358912345678', type: 'FIXED_LINE' },
  { region: 'DE', text: 'Telefon: 030 1234567', value: '+49301234567', type: 'FIXED_LINE' },
  { region: 'DE', text: 'Tel. 030/1234567', value: '+49301234567', type: 'FIXED_LINE' },
  { region: 'DE', text: '+49 30 1234567', value: '+49301234567', type: 'FIXED_LINE' },
  { region: 'GB', text: 'Call us on +44 20 7946 0000', value: '+442079460000', type: 'FIXED_LINE' },
  { region: 'GB', text: '020 7946 0000', value: '+442079460000', type: 'FIXED_LINE' },
];

/** Cost classes as libphonenumber-js (max metadata) types them, plus our one override (DK 70). */
const COSTS: Array<{ region: CountryCode; text: string; type: NumberType; premiumRate: boolean; sharedCost: boolean }> = [
  { region: 'SE', text: '0900-123 45 67', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'SE', text: '0939-123 456', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'SE', text: '0944-123 456', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'SE', text: '0771-123 456', type: 'SHARED_COST', premiumRate: false, sharedCost: true },
  { region: 'SE', text: '0770-12 34 56', type: 'SHARED_COST', premiumRate: false, sharedCost: true },
  { region: 'SE', text: '08-123 456 78', type: 'FIXED_LINE', premiumRate: false, sharedCost: false },
  { region: 'DK', text: '90 12 34 56', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'DK', text: '70 12 34 56', type: 'SHARED_COST', premiumRate: false, sharedCost: true },
  { region: 'DK', text: '80 12 34 56', type: 'TOLL_FREE', premiumRate: false, sharedCost: false },
  { region: 'PL', text: '701 123 456', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'PL', text: '708 123 456', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'PL', text: '801 123 456', type: 'SHARED_COST', premiumRate: false, sharedCost: true },
  { region: 'NO', text: '820 12 345', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'FI', text: '0600 123 456', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'FI', text: '0700 12345', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'DE', text: '0900 1234567', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'DE', text: '0180 5 123456', type: 'SHARED_COST', premiumRate: false, sharedCost: true },
  { region: 'GB', text: '0901 123 4567', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'GB', text: '0845 123 4567', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'GB', text: '0871 123 4567', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  // The price a premium number is written with must not hide it: it is what makes it premium.
  { region: 'SE', text: 'Ring vår support på 0900-123 45 67 (24,90 kr/min)', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'SE', text: '0900 123 45 67, 24:90/min', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'SE', text: '118 118 (29,90 kr/samtal)', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'DK', text: '90 12 34 56 (5 kr/min)', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'PL', text: '0 700 123 456 (4,92 zł/min)', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
  { region: 'PL', text: '701 123 456 (4,92 zł/min)', type: 'PREMIUM_RATE', premiumRate: true, sharedCost: false },
];

/** Digit runs real pages are full of; each must yield no phone number. */
const LOOK_ALIKES: Array<{ kind: string; region: CountryCode; text: string }> = [
  { kind: 'SE orgnr', region: 'SE', text: 'Org.nr 556677-8899' },
  { kind: 'SE orgnr', region: 'SE', text: 'Exempel AB, org nr 556677-8899' },
  { kind: 'SE orgnr', region: 'SE', text: 'Organisationsnummer: 5566778899' },
  { kind: 'SE orgnr', region: 'DK', text: '556677-8899' },
  { kind: 'SE orgnr starting 0', region: 'SE', text: '081234-5678' },
  { kind: 'SE personnummer', region: 'SE', text: '19801231-1234' },
  { kind: 'VAT', region: 'SE', text: 'SE556677889901' },
  { kind: 'VAT', region: 'SE', text: 'Momsreg.nr SE556677889901' },
  { kind: 'VAT', region: 'SE', text: 'Momsreg.nr: 0812345678' },
  { kind: 'VAT', region: 'DE', text: 'USt-IdNr.: DE123456789' },
  { kind: 'VAT', region: 'NO', text: 'Org.nr 923 456 789 MVA' },
  { kind: 'DK CVR', region: 'DK', text: 'CVR 33123456' },
  { kind: 'DK CVR', region: 'DK', text: 'CVR-nr.: 33 12 34 56' },
  { kind: 'DK CVR', region: 'DK', text: 'CVR-nr.: 12 34 56 78' },
  { kind: 'DK SE-nr', region: 'DK', text: 'SE-nr. 33 12 34 56' },
  { kind: 'PL NIP', region: 'PL', text: 'NIP 123-456-78-19' },
  { kind: 'PL NIP', region: 'PL', text: 'NIP: 1234567819' },
  { kind: 'PL NIP', region: 'SE', text: '523-456-78-19' },
  { kind: 'PL REGON', region: 'PL', text: 'REGON 123456785' },
  { kind: 'PL REGON', region: 'PL', text: 'REGON: 12345678512347' },
  { kind: 'PL REGON unlabelled', region: 'PL', text: 'Dane firmy: 221234567' },
  { kind: 'PL KRS', region: 'PL', text: 'KRS 0000123456' },
  { kind: 'FI Y-tunnus', region: 'FI', text: 'Y-tunnus 1234567-8' },
  { kind: 'Swish', region: 'SE', text: 'Swish 123 456 78 90' },
  { kind: 'Swish', region: 'DK', text: 'Betala med 1234567890' },
  { kind: 'bankgiro', region: 'SE', text: 'Bankgiro 123-4567' },
  { kind: 'bankgiro', region: 'SE', text: 'Bg 5050-1055' },
  { kind: 'bankgiro', region: 'DK', text: '5050-1055' },
  { kind: 'OCR reference after a comma and an abbreviation', region: 'SE', text: 'Ange OCR-nummer, t.ex. 0812345670, som betalningsreferens.' },
  { kind: 'plusgiro', region: 'SE', text: 'Plusgiro 12 34 56-7' },
  { kind: 'plusgiro', region: 'SE', text: 'Pg 4711-8' },
  { kind: 'IBAN', region: 'SE', text: 'IBAN SE45 5000 0000 0583 9825 7466' },
  { kind: 'IBAN', region: 'DK', text: 'DK50 0040 0440 1162 43' },
  { kind: 'bank account', region: 'DK', text: 'Reg.nr. 1234 Kontonr. 12345678' },
  { kind: 'date', region: 'DK', text: 'Opdateret 2024-05-12' },
  { kind: 'date', region: 'SE', text: '01.05.2024' },
  { kind: 'date', region: 'DK', text: '12.05.2024' },
  { kind: 'date', region: 'PL', text: '12/05/2024' },
  // A blog post's date and reading time, one line over HTTP where a stylesheet sets them apart.
  { kind: 'date beside a number', region: 'PL', text: '← Blog Sprzątanie domów 12.06.2026 6 min czytania' },
  { kind: 'date beside a number', region: 'DK', text: 'Opdateret 2024-05-12 14 kommentarer' },
  { kind: 'years', region: 'DK', text: 'Sæson 2023–2024' },
  { kind: 'years', region: 'DK', text: '2021 2022 2023' },
  { kind: 'time range', region: 'SE', text: 'Öppet 08.00–17.00' },
  { kind: 'time range', region: 'SE', text: 'mån–fre 08:00-17:00, lör 10.00 – 14.00' },
  { kind: 'time range', region: 'SE', text: 'Öppet 8–17' },
  { kind: 'price', region: 'SE', text: 'Pris 1 299 kr' },
  { kind: 'price', region: 'SE', text: 'Nu 1 299:-' },
  { kind: 'price', region: 'DE', text: '€ 1.299,00' },
  { kind: 'price', region: 'PL', text: '1 299,00 zł' },
  { kind: 'price', region: 'DK', text: 'Omsætning 33 123 456 kr.' },
  { kind: 'price', region: 'NO', text: 'kr 22 123 456' },
  { kind: 'price', region: 'GB', text: '12,345,678' },
  { kind: 'price', region: 'SE', text: '24,90 kr' },
  { kind: 'price', region: 'SE', text: '1 299:-' },
  { kind: 'price', region: 'SE', text: 'Pris 1 299 (24,90 kr/mån)' },
  { kind: 'price', region: 'SE', text: '1 299 kr (24,90 kr/min)' },
  { kind: 'price', region: 'PL', text: '1 299 (4,92 zł)' },
  { kind: 'short number as a price', region: 'SE', text: '118 118 kr' },
  { kind: 'short number unlabelled', region: 'SE', text: 'Artikel 118 118' },
  { kind: 'short number of another country', region: 'DK', text: 'Ring 118 118' },
  { kind: 'postcode', region: 'SE', text: 'Storgatan 13, 504 37 Borås' },
  { kind: 'postcode', region: 'SE', text: 'Storgatan 13 504 37 Borås' },
  { kind: 'postcode', region: 'SE', text: 'Box 1234, 101 24 Stockholm' },
  { kind: 'postcode', region: 'SE', text: 'Box 1234 101 24 Stockholm' },
  { kind: 'postcode', region: 'SE', text: 'SE-504 37 Borås' },
  { kind: 'postcode', region: 'PL', text: 'ul. Prosta 51, 00-001 Warszawa' },
  { kind: 'postcode', region: 'PL', text: 'ul. Prosta 51 00-838 Warszawa' },
  { kind: 'postcode', region: 'DK', text: 'Nørregade 13 1165 København K' },
  { kind: 'postcode', region: 'NO', text: 'Postboks 1234 0103 Oslo' },
  { kind: 'article number', region: 'SE', text: 'Art.nr 123456789' },
  { kind: 'article number', region: 'PL', text: 'Art.nr 123456789' },
  { kind: 'article number', region: 'DK', text: 'Varenr. 33123456' },
  { kind: 'order number', region: 'SE', text: 'Ordernummer 1234567890' },
  { kind: 'order number', region: 'SE', text: 'Ordernummer: 0812345678' },
  { kind: 'SKU', region: 'SE', text: 'SKU 100234567' },
  { kind: 'SKU', region: 'PL', text: 'SKU: 221234567' },
  { kind: 'customer number', region: 'SE', text: 'Kundnummer 0812345678' },
  { kind: 'customer number', region: 'DK', text: 'Kundenummer: 33 12 34 56' },
  { kind: 'percentage', region: 'DK', text: '33 12 34 56 %' },
  { kind: 'ISBN', region: 'SE', text: 'ISBN 978-91-7343-123-4' },
  { kind: 'ISBN', region: 'SE', text: '978-91-7343-123-4' },
  { kind: 'year', region: 'SE', text: 'Sedan 1987' },
  { kind: 'fax', region: 'SE', text: 'Fax 08-123 456 79' },
  { kind: 'invalid number', region: 'SE', text: 'Tel 0712-123 456' },
  { kind: 'country code without +', region: 'SE', text: '46 8 123 456 78' },
  { kind: 'IP address', region: 'SE', text: '192.168.100.101' },
];

describe('extractPhones: visible text', () => {
  it.each(POSITIVES)('$region "$text" → $value', ({ region, text, value, type, display }) => {
    const items = inText(region, text);
    expect(items.map((i) => i.value)).toEqual([value]);
    expect(items[0]).toMatchObject({ numberType: type, source: 'text', whatsapp: false, evidence: text });
    if (display) expect(items[0]?.display).toBe(display);
  });

  it.each(COSTS)('$region $text is $type', ({ region, text, type, premiumRate, sharedCost }) => {
    expect(inText(region, text)).toEqual([expect.objectContaining({ numberType: type, premiumRate, sharedCost })]);
  });

  it.each(LOOK_ALIKES)('$kind: $region "$text" is not a phone', ({ region, text }) => {
    expect(inText(region, text)).toEqual([]);
  });

  it('keeps each block apart: no number glued across blocks', () => {
    expect(inText('SE', 'Ring 08-123 45', '67 Öppettider')).toEqual([]);
  });

  it('does not read a number glued to the next word, not even its first half', () => {
    expect(inText('SE', 'Ring 08-123 456 78Öppettider')).toEqual([]);
  });

  it('lets a short unit glued after ("24h") claim only its own digits', () => {
    expect(inText('SE', 'Kundtjänst 020-12 34 56 24h').map((i) => i.display)).toEqual(['020-12 34 56']);
  });

  it('skips a wall of digits without reading phones out of it', () => {
    const wall = Array.from({ length: 500 }, (_, i) => String(i % 100)).join(' ');
    expect(inText('SE', `${wall} 08-123 456 78`)).toEqual([]);
  });

  it('reads a phone that shares a line with look-alikes', () => {
    const text = 'Exempel AB | Org.nr 556677-8899 | Storgatan 13, 504 37 Borås | Tel 033-12 34 56 | Bankgiro 123-4567';
    expect(inText('SE', text).map((i) => i.value)).toEqual(['+4633123456']);
  });

  it('reads several numbers in one block, once each', () => {
    const items = inText('SE', 'Tel 08-123 45 67 / 070-123 45 67\nFax 08-765 43 21', 'Tel: 08-123 45 67');
    expect(items.map((i) => i.value)).toEqual(['+4681234567', '+46701234567']);
  });

  it('splits two numbers written side by side', () => {
    expect(inText('SE', '08-123 45 67 08-765 43 21').map((i) => i.value)).toEqual(['+4681234567', '+4687654321']);
  });

  it('does not let a phone swallow the opening hours after it', () => {
    expect(inText('SE', 'Kundtjänst 0771-123 456 mån–fre 08.00–17.00').map((i) => i.value)).toEqual(['+46771123456']);
  });

  it('reports a premium number and its price as the number alone', () => {
    expect(inText('SE', 'Ring vår support på 0900-123 45 67 (24,90 kr/min)').map((i) => [i.display, i.value])).toEqual([['0900-123 45 67', '+469001234567']]);
  });

  it('reads a short directory number labelled as a phone, its digits as the value', () => {
    expect(inText('SE', 'Ring 118 118')).toEqual([expect.objectContaining({ value: '118118', display: '118 118', premiumRate: true, country: 'SE' })]);
  });

  it('reads the Polish trunk 0 still printed before a number', () => {
    expect(inText('PL', '(0-22) 123 45 67', 'Infolinia 0 801 123 456').map((i) => [i.value, i.numberType])).toEqual([
      ['+48221234567', 'FIXED_LINE'], ['+48801123456', 'SHARED_COST'],
    ]);
  });

  it('keeps hours in brackets after a number out of it', () => {
    expect(inText('SE', 'Telefon: 08-123 45 67 (9-16)').map((i) => i.display)).toEqual(['08-123 45 67']);
  });

  it('flags a number labelled WhatsApp', () => {
    expect(inText('SE', 'WhatsApp: 070-123 45 67')).toEqual([expect.objectContaining({ value: '+46701234567', whatsapp: true })]);
  });

  it('keeps the number in the evidence of a long block', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(30)}Ring 08-123 456 78.${' Mer text här.'.repeat(30)}`;
    const [item] = inText('SE', text);
    expect(item?.evidence).toContain('08-123 456 78');
    expect(item?.evidence.length).toBeLessThanOrEqual(300);
  });

  it('copies where the page was found', () => {
    const page = makeSnapshot({ url: 'https://x.se/kontakt', clicks: 2, blocks: blocks('Tel 08-123 456 78') });
    expect(extractPhones(page, { region: 'SE' })[0]).toMatchObject({ pageUrl: 'https://x.se/kontakt', clicks: 2, path: page.path });
  });
});

describe('extractPhones: links', () => {
  const LINKS: Array<{ href: string; text: string; region: CountryCode; value: string; whatsapp: boolean; display: string }> = [
    { href: 'tel:+46812345678', text: 'Ring 08-123 456 78', region: 'SE', value: '+46812345678', whatsapp: false, display: '08-123 456 78' },
    { href: 'tel:08-123%20456%2078', text: 'Ring oss', region: 'SE', value: '+46812345678', whatsapp: false, display: '08-123 456 78' },
    { href: 'TEL:+45 33 12 34 56', text: '', region: 'SE', value: '+4533123456', whatsapp: false, display: '+45 33 12 34 56' },
    { href: 'tel:33123456', text: 'Ring', region: 'DK', value: '+4533123456', whatsapp: false, display: '33123456' },
    { href: 'https://wa.me/46701234567', text: 'Chatta på WhatsApp', region: 'SE', value: '+46701234567', whatsapp: true, display: '+46701234567' },
    { href: 'https://api.whatsapp.com/send?phone=4520123456&text=Hej', text: 'WhatsApp', region: 'SE', value: '+4520123456', whatsapp: true, display: '+4520123456' },
    { href: 'whatsapp://send?phone=+48601234567', text: '', region: 'PL', value: '+48601234567', whatsapp: true, display: '+48601234567' },
  ];

  it.each(LINKS)('$href → $value', ({ href, text, region, value, whatsapp, display }) => {
    const items = inLinks(region, link(href, text));
    expect(items).toEqual([expect.objectContaining({ value, whatsapp, display, source: 'link', evidence: `${text} ${href}`.trim() })]);
  });

  it.each([
    'tel:',
    'tel:12345',
    'tel:+46712123456',
    'https://wa.me/message/ABCDEF123',
    'https://wa.me/',
    'https://www.whatsapp.com/',
    'https://example.se/tel:+46812345678/x',
    'mailto:info@example.se',
  ])('%s yields nothing', (href) => {
    expect(inLinks('SE', link(href, 'Kontakt'))).toEqual([]);
  });

  it('types a premium tel: link', () => {
    expect(inLinks('SE', link('tel:0900-123 45 67'))).toEqual([expect.objectContaining({ premiumRate: true, numberType: 'PREMIUM_RATE' })]);
  });
});

describe('extractPhones: JSON-LD', () => {
  const org = (telephone: unknown): string => JSON.stringify({ '@context': 'https://schema.org', '@type': 'Organization', telephone });
  const CASES: Array<{ name: string; raw: string; values: string[] }> = [
    { name: 'top-level telephone', raw: org('+46-8-123 456 78'), values: ['+46812345678'] },
    { name: 'national telephone', raw: org('08-123 456 78'), values: ['+46812345678'] },
    { name: 'array of telephones', raw: org(['+46 8 123 456 78', '+46 70 123 45 67']), values: ['+46812345678', '+46701234567'] },
    {
      name: '@graph with nested contactPoint',
      raw: JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'x' },
          { '@type': 'Organization', contactPoint: [{ '@type': 'ContactPoint', telephone: '+46 771 123 456', contactType: 'customer service' }] },
        ],
      }),
      values: ['+46771123456'],
    },
    { name: 'top-level array', raw: JSON.stringify([{ '@type': 'LocalBusiness', telephone: '+4533123456' }]), values: ['+4533123456'] },
    { name: 'invalid JSON, trailing comma', raw: '{"@type": "Organization", "telephone": "+46 8 123 456 78",}', values: ['+46812345678'] },
    { name: 'not JSON at all', raw: '<!-- oops', values: [] },
    { name: 'invalid number', raw: org('12345'), values: [] },
    { name: 'faxNumber is not a phone', raw: JSON.stringify({ '@type': 'Organization', faxNumber: '+46 8 123 456 79' }), values: [] },
  ];

  it.each(CASES)('$name', ({ raw, values }) => {
    const items = extractPhones(makeSnapshot({ jsonLd: [raw] }), { region: 'SE' });
    expect(items.map((i) => i.value)).toEqual(values);
    for (const item of items) expect(item).toMatchObject({ source: 'json-ld', whatsapp: false });
  });

  it('evidence names the stated value', () => {
    const [item] = extractPhones(makeSnapshot({ jsonLd: [org('+46-8-123 456 78')] }), { region: 'SE' });
    expect(item?.evidence).toBe('"telephone": "+46-8-123 456 78"');
  });
});

describe('extractPhones: deduplication', () => {
  it('keeps one item per number, preferring visible text and links over JSON-LD', () => {
    const page = makeSnapshot({
      jsonLd: [JSON.stringify({ '@type': 'Organization', telephone: '+46812345678' })],
      links: [link('tel:+46812345678', '08-123 456 78'), link('tel:+46701234567', 'Mobil')],
      blocks: blocks('Ring 08-123 456 78', 'eller +46 8 123 456 78'),
    });
    const items = extractPhones(page, { region: 'SE' });
    expect(items.map((i) => [i.value, i.source])).toEqual([
      ['+46812345678', 'text'],
      ['+46701234567', 'link'],
    ]);
  });

  it('keeps a WhatsApp contact apart from a call to the same number', () => {
    const page = makeSnapshot({ links: [link('tel:+46701234567'), link('https://wa.me/46701234567')] });
    expect(extractPhones(page, { region: 'SE' }).map((i) => i.whatsapp)).toEqual([false, true]);
  });
});
