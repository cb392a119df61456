import { describe, expect, it } from 'vitest';
import { extractAddresses } from '../../src/extract/address.js';
import type { ExtractContext } from '../../src/extract/extract-context.js';
import type { TextBlock } from '../../src/model/page-snapshot.js';
import { blocks, makeSnapshot } from '../helpers/snapshot.js';

type Region = ExtractContext['region'];

function fromText(region: Region, ...texts: string[]) {
  return extractAddresses(makeSnapshot({ blocks: blocks(...texts) }), { region });
}

function fromJsonLd(region: Region, ...jsonLd: string[]) {
  return extractAddresses(makeSnapshot({ jsonLd }), { region });
}

describe('extractAddresses: visible text', () => {
  const cases: Array<[region: Region, texts: string[], value: string, country: string]> = [
    ['SE', ['Storgatan 13, 504 37 Borås'], 'Storgatan 13, 504 37 Borås', 'SE'],
    ['SE', ['Besöksadress: Storgatan 13, 50437 Borås'], 'Storgatan 13, 504 37 Borås', 'SE'],
    ['SE', ['Storgatan 13\nSE-504 37 Borås'], 'Storgatan 13, 504 37 Borås', 'SE'],
    ['SE', ['Storgatan 13', '504 37 Borås'], 'Storgatan 13, 504 37 Borås', 'SE'],
    ['SE', ['Box 1234, 101 24 Stockholm'], 'Box 1234, 101 24 Stockholm', 'SE'],
    ['SE', ['Storgatan 13 A, 504 37 Borås'], 'Storgatan 13 A, 504 37 Borås', 'SE'],
    ['SE', ['Adress: S:t Eriksgatan 5, 112 39 Stockholm'], 'S:t Eriksgatan 5, 112 39 Stockholm', 'SE'],
    ['SE', ['Firma AB · Östra Hamngatan 5 · 411 10 Göteborg · 031-12 34 56'], 'Östra Hamngatan 5, 411 10 Göteborg', 'SE'],
    ['SE', ['Firma AB, Storgatan 13, 2 tr, 504 37 Borås, Sverige'], 'Storgatan 13, 504 37 Borås', 'SE'],
    ['SE', ['Firma AB Sveavägen 44 | 111 34 Stockholm'], 'Sveavägen 44, 111 34 Stockholm', 'SE'],
    ['DK', ['Vesterbrogade 12, 1620 København V'], 'Vesterbrogade 12, 1620 København V', 'DK'],
    ['DK', ['Vesterbrogade 12, 2. sal, DK-1620 København V'], 'Vesterbrogade 12, 1620 København V', 'DK'],
    ['SE', ['Vesterbrogade 12\nDK-1620 København V'], 'Vesterbrogade 12, 1620 København V', 'DK'],
    ['NO', ['Karl Johans gate 1, 0154 Oslo'], 'Karl Johans gate 1, 0154 Oslo', 'NO'],
    ['SE', ['Karl Johans gate 1, 0154 Oslo'], 'Karl Johans gate 1, 0154 Oslo', 'NO'],
    ['FI', ['Mannerheimintie 1, 00100 Helsinki'], 'Mannerheimintie 1, 00100 Helsinki', 'FI'],
    ['SE', ['Mannerheimintie 1', '00100 Helsinki'], 'Mannerheimintie 1, 00100 Helsinki', 'FI'],
    ['PL', ['ul. Marszałkowska 1, 00-001 Warszawa'], 'ul. Marszałkowska 1, 00-001 Warszawa', 'PL'],
    ['SE', ['al. Jerozolimskie 44, 00-024 Warszawa'], 'al. Jerozolimskie 44, 00-024 Warszawa', 'PL'],
    ['DE', ['Hauptstraße 5, 10115 Berlin'], 'Hauptstraße 5, 10115 Berlin', 'DE'],
    ['SE', ['Hauptstraße 5, 10115 Berlin'], 'Hauptstraße 5, 10115 Berlin', 'DE'],
    ['DE', ['Anschrift', 'Unter den Linden 77\n10117 Berlin'], 'Unter den Linden 77, 10117 Berlin', 'DE'],
    ['DE', ['Kaiserstr. 12, D-60311 Frankfurt am Main'], 'Kaiserstr. 12, 60311 Frankfurt am Main', 'DE'],
    // British order: street, town, postcode last
    ['GB', ['Example Ltd\n14 Carnaby Row\nLondon\nW1F 7DP'], '14 Carnaby Row, W1F 7DP London', 'GB'],
    ['GB', ['221B Baker Street, London NW1 6XE'], '221B Baker Street, NW1 6XE London', 'GB'],
    ['SE', ['10 Downing Street', 'London', 'SW1A 2AA'].join('\n').split('|'), '10 Downing Street, SW1A 2AA London', 'GB'],
  ];

  it.each(cases)('%s %j', (region, texts, value, country) => {
    const items = fromText(region, ...texts);
    expect(items.map((item) => item.value)).toEqual([value]);
    expect(items[0]?.country).toBe(country);
    expect(items[0]?.source).toBe('text');
  });

  it('fills the parts and keeps what the page showed', () => {
    const page = makeSnapshot({
      url: 'https://www.firma.se/om-oss',
      clicks: 2,
      blocks: blocks('Besöksadress: Storgatan 13, 50437 Borås'),
    });
    const [item] = extractAddresses(page, { region: 'SE' });
    expect(item).toMatchObject({
      value: 'Storgatan 13, 504 37 Borås',
      street: 'Storgatan 13',
      postcode: '504 37',
      city: 'Borås',
      country: 'SE',
      display: 'Storgatan 13, 50437 Borås',
      evidence: 'Besöksadress: Storgatan 13, 50437 Borås',
      pageUrl: 'https://www.firma.se/om-oss',
      clicks: 2,
    });
  });

  it('reads an <address> element whose lines carry no street word', () => {
    const addressBlock: TextBlock = { text: 'Firma AB\nUnter den Linden 77\n10117 Berlin', tag: 'address', region: 'footer' };
    const items = extractAddresses(makeSnapshot({ blocks: [addressBlock] }), { region: 'DE' });
    expect(items.map((item) => item.value)).toEqual(['Unter den Linden 77, 10117 Berlin']);
  });

  it('pairs a street with the postcode line only when the blocks are adjacent', () => {
    expect(fromText('SE', 'Storgatan 13', 'Ring oss', '504 37 Borås')).toEqual([]);
  });

  it('finds several addresses and deduplicates repeats', () => {
    const items = fromText('SE', 'Storgatan 13, 504 37 Borås', 'Box 1234, 101 24 Stockholm', 'Storgatan 13, 50437 Borås');
    expect(items.map((item) => item.value)).toEqual(['Storgatan 13, 504 37 Borås', 'Box 1234, 101 24 Stockholm']);
  });
});

describe('extractAddresses: JSON-LD', () => {
  const organization = (address: unknown): string =>
    JSON.stringify({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Firma AB', address });

  const cases: Array<[name: string, jsonLd: string, value: string, country: string]> = [
    [
      'PostalAddress on an Organization',
      organization({ '@type': 'PostalAddress', streetAddress: 'Storgatan 13', postalCode: '50437', addressLocality: 'Borås', addressCountry: 'SE' }),
      'Storgatan 13, 504 37 Borås', 'SE',
    ],
    [
      'in @graph, address as an array, country as an object',
      JSON.stringify({
        '@graph': [{ '@type': 'LocalBusiness', address: [{ '@type': 'PostalAddress', streetAddress: 'Vesterbrogade 12', postalCode: 'DK-1620', addressLocality: 'København V', addressCountry: { '@type': 'Country', name: 'Danmark' } }] }],
      }),
      'Vesterbrogade 12, 1620 København V', 'DK',
    ],
    [
      'top-level array, numeric postcode, no country (region decides)',
      JSON.stringify([{ '@type': 'Store', address: { '@type': 'PostalAddress', streetAddress: 'Storgatan 13', postalCode: 50437, addressLocality: 'Borås' } }]),
      'Storgatan 13, 504 37 Borås', 'SE',
    ],
    [
      'SE- prefix and country name',
      organization({ streetAddress: 'Box 1234', postalCode: 'SE-101 24', addressLocality: 'Stockholm', addressCountry: 'Sverige' }),
      'Box 1234, 101 24 Stockholm', 'SE',
    ],
    [
      'address as plain text',
      organization('Storgatan 13, 504 37 Borås'),
      'Storgatan 13, 504 37 Borås', 'SE',
    ],
    [
      'wrapped in an HTML comment, with trailing commas',
      '<!-- {"@type":"Organization","address":{"streetAddress":"Storgatan 13","postalCode":"504 37","addressLocality":"Borås",},} -->',
      'Storgatan 13, 504 37 Borås', 'SE',
    ],
    [
      'broken JSON (unescaped quote) still yields the address fields',
      '{"@type":"Organization","name":"Bad "quote" AB","address":{"@type":"PostalAddress","streetAddress":"Storgatan 13","postalCode":"504 37","addressLocality":"Borås"}',
      'Storgatan 13, 504 37 Borås', 'SE',
    ],
    [
      'Polish PostalAddress',
      organization({ '@type': 'PostalAddress', streetAddress: 'ul. Marszałkowska 1', postalCode: '00-001', addressLocality: 'Warszawa', addressCountry: 'PL' }),
      'ul. Marszałkowska 1, 00-001 Warszawa', 'PL',
    ],
  ];

  it.each(cases)('%s', (_name, jsonLd, value, country) => {
    const items = fromJsonLd('SE', jsonLd);
    expect(items.map((item) => item.value)).toEqual([value]);
    expect(items[0]?.country).toBe(country);
    expect(items[0]?.source).toBe('json-ld');
  });

  it('prefers the visible text when JSON-LD states the same address', () => {
    const page = makeSnapshot({
      blocks: blocks('Storgatan 13, 504 37 Borås'),
      jsonLd: [organization({ streetAddress: 'Storgatan 13', postalCode: '50437', addressLocality: 'Borås' })],
    });
    const items = extractAddresses(page, { region: 'SE' });
    expect(items.map((item) => [item.value, item.source])).toEqual([['Storgatan 13, 504 37 Borås', 'text']]);
  });

  const incomplete: Array<[name: string, jsonLd: string]> = [
    ['no postcode', organization({ '@type': 'PostalAddress', streetAddress: 'Storgatan 13', addressLocality: 'Borås' })],
    ['no street', organization({ '@type': 'PostalAddress', postalCode: '504 37', addressLocality: 'Borås' })],
    ['not JSON at all', 'window.dataLayer = [];'],
    ['empty', ''],
  ];

  it.each(incomplete)('nothing from %s', (_name, jsonLd) => {
    expect(fromJsonLd('SE', jsonLd)).toEqual([]);
  });
});

describe('extractAddresses: look-alikes are not addresses', () => {
  const lookAlikes: Array<[region: Region, texts: string[]]> = [
    ['SE', ['Ring oss på 08-123 456 78']],
    ['SE', ['Storgatan 13, 08-123 456 78']],
    ['SE', ['Telefon 033-12 34 56', '504 37 Borås']],
    ['SE', ['Pris 1 299 kr']],
    ['SE', ['Storgatan 13, 1299 SEK']],
    ['SE', ['Soffa Milano 3, 12990 kr']],
    ['SE', ['Ordernummer 12345, 50437 Borås']],
    ['SE', ['Order 123456', '504 37 Borås']],
    ['SE', ['Ordernummer 1234, 504 37 Borås']],
    ['SE', ['Artikel 4711', '504 37 Borås']],
    ['SE', ['504 37 Borås']],
    ['SE', ['Postnummer 504 37']],
    ['SE', ['Leverans inom 2-5 dagar']],
    ['SE', ['Org.nr 556677-8899']],
    ['SE', ['Organisationsnummer: 556677-8899, Momsreg.nr SE556677889901']],
    ['SE', ['Mån–fre 08.00–17.00, lör 10–14']],
    ['SE', ['Öppettider\nMåndag 10–18\nLördag 10–14']],
    ['SE', ['Uppdaterad 2024-05-12', '12 maj 2024']],
    ['SE', ['Kampanj 13, 2024 Januari']],
    ['PL', ['NIP 123-456-32-18, KRS 0000123456']],
    ['DK', ['CVR 12345678', 'Tlf. 33 12 34 56']],
    ['SE', ['Storgatan 13']],
    ['SE', ['Storgatan 13, Borås']],
    ['GB', ['Company number 01234567, VAT GB 123 4567 89']],
    ['GB', ['Order W1F 7DP shipped']],
    ['GB', ['London', 'W1F 7DP']],
  ];

  it.each(lookAlikes)('%s %j', (region, texts) => {
    expect(fromText(region, ...texts)).toEqual([]);
  });
});
