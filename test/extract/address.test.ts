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
    // A street word kontaktkoll does not know: the postcode and city vouch for the street
    ['DK', ['Violens Kvt 4A, 2620 Albertslund'], 'Violens Kvt 4A, 2620 Albertslund', 'DK'],
    ['DK', ['Eksempel ApS, Violens Kvt 4A', '2620 Albertslund'], 'Violens Kvt 4A, 2620 Albertslund', 'DK'],
    ['DK', ['Kontakt os: Eksempel ApS Violens Kvt 4A, 2620 Albertslund'], 'Violens Kvt 4A, 2620 Albertslund', 'DK'],
    ['DK', ['Torvet 3, 4000 Roskilde'], 'Torvet 3, 4000 Roskilde', 'DK'],
    ['DK', ['Kontaktoplysninger', 'Særkærparken 61, 7500 Holstebro'], 'Særkærparken 61, 7500 Holstebro', 'DK'],
    ['PL', ['Karwiniec 22b, 56-420 Bierutów'], 'Karwiniec 22b, 56-420 Bierutów', 'PL'],
    ['NO', ['Strandkaien 2, 5013 Bergen'], 'Strandkaien 2, 5013 Bergen', 'NO'],
    ['SE', ['Bryggen 7, 5003 Bergen'], 'Bryggen 7, 5003 Bergen', 'NO'],
    ['DK', ['Kongens Nytorv 13, 1050 København K'], 'Kongens Nytorv 13, 1050 København K', 'DK'],
    // A district after the city
    ['DK', ['Åboulevarden 3, 8200 Århus N'], 'Åboulevarden 3, 8200 Århus N', 'DK'],
    ['SE', ['Åboulevarden 3\n8200 Aarhus N'], 'Åboulevarden 3, 8200 Aarhus N', 'DK'],
    ['SE', ['Violens Kvt 4A, 2620 Albertslund Ø'], 'Violens Kvt 4A, 2620 Albertslund Ø', 'DK'],
    ['DK', ['Nørregade 3, 2100 København Ø'], 'Nørregade 3, 2100 København Ø', 'DK'],
    ['NO', ['Karl Johans gate 12, 0150 Oslo S'], 'Karl Johans gate 12, 0150 Oslo S', 'NO'],
    ['SE', ['Karl Johans gate 12, 0150 Oslo S'], 'Karl Johans gate 12, 0150 Oslo S', 'NO'],
    ['SE', ['Aleksanterinkatu 5, 00100 Helsinki'], 'Aleksanterinkatu 5, 00100 Helsinki', 'FI'],
    // Austria: four-digit postcodes, "A-" prefix, village addresses without a street word
    ['AT', ['Stephansplatz 1, 1010 Wien'], 'Stephansplatz 1, 1010 Wien', 'AT'],
    ['AT', ['Meidlinger Hauptstraße 47/1, 1120 Wien'], 'Meidlinger Hauptstraße 47/1, 1120 Wien', 'AT'],
    ['AT', ['Schwedenplatz 2 / Laurenzerberg 5, 1010 Wien, Österreich'], 'Laurenzerberg 5, 1010 Wien', 'AT'],
    ['DE', ['Stephansplatz 1, 1010 Wien'], 'Stephansplatz 1, 1010 Wien', 'AT'],
    ['SE', ['Gailtalstraße 5, A-9620 Hermagor'], 'Gailtalstraße 5, 9620 Hermagor', 'AT'],
    ['AT', ['Weißbriach 92, 9622 Weißbriach'], 'Weißbriach 92, 9622 Weißbriach', 'AT'],
    ['AT', ['Gasthof Beispiel', 'Weißbriach 92', 'A-9622 Weißbriach'], 'Weißbriach 92, 9622 Weißbriach', 'AT'],
    ['AT', ['Dorf 12, 6456 Obergurgl'], 'Dorf 12, 6456 Obergurgl', 'AT'],
    ['DE', ['Am Markt 3, D-12345 Musterstadt'], 'Am Markt 3, 12345 Musterstadt', 'DE'],
    // Spain: the street's kind in front, five-digit postcodes, a house number as a part of its own
    ['ES', ['C. Chucena, 3, 21005 Huelva'], 'C. Chucena 3, 21005 Huelva', 'ES'],
    // Belgium and Switzerland: four digits like Denmark and Austria; the street's wording and the region decide
    ['BE', ['Detectie Service Kempen bv', 'Kuiperkensstraat 18', '2370 Arendonk'], 'Kuiperkensstraat 18, 2370 Arendonk', 'BE'],
    ['SE', ['Kuiperkensstraat 18, 2370 Arendonk'], 'Kuiperkensstraat 18, 2370 Arendonk', 'BE'],
    ['BE', ['Rue de la Loi 16, B-1000 Bruxelles'], 'Rue de la Loi 16, 1000 Bruxelles', 'BE'],
    ['NL', ['Meir 12, 2000 Antwerpen, België'], 'Meir 12, 2000 Antwerpen', 'BE'],
    ['CH', ['Bahnhofstrasse 23, 8887 Mels'], 'Bahnhofstrasse 23, 8887 Mels', 'CH'],
    ['DE', ['Marktgasse 5, CH-3011 Bern'], 'Marktgasse 5, 3011 Bern', 'CH'],
    // A saint's town: "St." before a capital is no count of pieces ("10 st.")
    ['CH', ['Beauty Cosmetics GmbH', 'Neugasse 26', '9000 St. Gallen'], 'Neugasse 26, 9000 St. Gallen', 'CH'],
    ['AT', ['Rathausplatz 1, 3100 St. Pölten'], 'Rathausplatz 1, 3100 St. Pölten', 'AT'],
    // An icon in front of the address (an emoji, an icon font's private-use glyph), or between its parts
    ['ES', ['📍 C. Chucena, 3, 21005 Huelva'], 'C. Chucena 3, 21005 Huelva', 'ES'],
    ['ES', ['📞 +34 655 941 737 📍 C. Chucena, 3, 21005 Huelva ⭐ Valóranos'], 'C. Chucena 3, 21005 Huelva', 'ES'],
    ['SE', ['\uf3c5 Storgatan 13 \uf0e0 504 37 Borås'], 'Storgatan 13, 504 37 Borås', 'SE'],
    ['ES', ['C. de Fuenterrabía, 14, 20301 Irún, Gipuzkoa'], 'C. de Fuenterrabía 14, 20301 Irún', 'ES'],
    ['ES', ['Calle Mayor 5, 28013 Madrid'], 'Calle Mayor 5, 28013 Madrid', 'ES'],
    ['SE', ['Calle Mayor 5, 28013 Madrid'], 'Calle Mayor 5, 28013 Madrid', 'ES'],
    ['ES', ['Avda. de la Constitución 12, 41001 Sevilla'], 'Avda. de la Constitución 12, 41001 Sevilla', 'ES'],
    ['ES', ['Plaza España 1, 50001 Zaragoza'], 'Plaza España 1, 50001 Zaragoza', 'ES'],
    ['ES', ['C/ Mayor 5, 2º B, 28013 Madrid, España'], 'C/ Mayor 5, 28013 Madrid', 'ES'],
    ['ES', ['Ejemplo S.L. · Ctra. de Huelva, km 3 · Paseo de la Castellana, nº 45', '28046 Madrid'], 'Paseo de la Castellana 45, 28046 Madrid', 'ES'],
    ['ES', ['Dirección: Ronda de Toledo 1, 08001 Barcelona'], 'Ronda de Toledo 1, 08001 Barcelona', 'ES'],
    // The Netherlands: four digits and two capitals
    ['NL', ['Uilkerweg 5, 5305 TD Zuilichem'], 'Uilkerweg 5, 5305 TD Zuilichem', 'NL'],
    ['NL', ['Keizersgracht 123, 1015 CJ Amsterdam'], 'Keizersgracht 123, 1015 CJ Amsterdam', 'NL'],
    ['SE', ['Keizersgracht 123', '1015CJ Amsterdam'], 'Keizersgracht 123, 1015 CJ Amsterdam', 'NL'],
    ['NL', ['Bezoekadres: Stationsplein 8, 3511 ED Utrecht'], 'Stationsplein 8, 3511 ED Utrecht', 'NL'],
    ['DE', ['Oude Singel 12, NL-2312 RA Leiden'], 'Oude Singel 12, 2312 RA Leiden', 'NL'],
    // Street and city without a postcode: the street must be one by its wording alone
    ['ES', ['Calle Juan Thalamas Labandibar, 33, Irun · Gipuzkoa'], 'Calle Juan Thalamas Labandibar 33, Irun', 'ES'],
    ['SE', ['Calle Mayor 5, Madrid'], 'Calle Mayor 5, Madrid', 'ES'],
    ['NL', ['Keizersgracht 123, Amsterdam'], 'Keizersgracht 123, Amsterdam', 'NL'],
    ['SE', ['Föreningsgatan 26, våning 2, Malmö'], 'Föreningsgatan 26, Malmö', 'SE'],
    ['DK', ['Besök oss på Föreningsgatan 26, våning 2, Malmö.'], 'Föreningsgatan 26, Malmö', 'SE'],
    ['SE', ['Storgatan 5, Umeå'], 'Storgatan 5, Umeå', 'SE'],
    ['FI', ['Gerbyntie 18, Vaasa'], 'Gerbyntie 18, Vaasa', 'FI'],
    ['SE', ['Hitta hit\nStorgatan 5\nSkellefteå\nSverige'], 'Storgatan 5, Skellefteå', 'SE'],
    ['SE', ['Storgatan 13, Borås'], 'Storgatan 13, Borås', 'SE'],
    ['NO', ['Karl Johans gate 12, Oslo'], 'Karl Johans gate 12, Oslo', 'NO'],
    ['SE', ['Karl Johans gate 12, Oslo'], 'Karl Johans gate 12, Oslo', 'NO'],
    ['DK', ['Firma AB · Storgatan 5 · Umeå · 090-12 34 56'], 'Storgatan 5, Umeå', 'SE'],
    ['SE', ['Vi har flyttat till Storgatan 5, Umeå, från Skellefteå'], 'Storgatan 5, Umeå', 'SE'],
    ['DE', ['Kaiserstraße 12, Frankfurt am Main'], 'Kaiserstraße 12, Frankfurt am Main', 'DE'],
    ['AT', ['Wiedner Gürtel 8, Wien'], 'Wiedner Gürtel 8, Wien', 'AT'],
    ['SE', ['Bryggegata 3, Ålesund'], 'Bryggegata 3, Ålesund', 'NO'],
    ['SE', ['Kaiserstraße 12, Musterstadt'], 'Kaiserstraße 12, Musterstadt', ''],
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

  it('drops an address written without a postcode when the page also writes it in full', () => {
    const items = fromText('SE', 'Storgatan 13, Borås', 'Besöksadress: Storgatan 13, 504 37 Borås');
    expect(items.map((item) => [item.value, item.postcode])).toEqual([['Storgatan 13, 504 37 Borås', '504 37']]);
  });

  it('leaves the postcode empty when the page wrote none', () => {
    const [item] = fromText('SE', 'Föreningsgatan 26, våning 2, Malmö');
    expect(item).toMatchObject({ street: 'Föreningsgatan 26', postcode: '', city: 'Malmö', country: 'SE' });
  });

  it('drops a four-digit postcode that fits several countries but not the region, when nothing else tells the country', () => {
    const [item] = fromText('SE', 'Adresse: Violens Kvt 4A, 2620 Albertslund');
    expect(item).toBeUndefined();
    expect(fromText('DK', 'Violens Kvt 4A, 2620 Albertslund')[0]?.country).toBe('DK');
    expect(fromText('NO', 'Violens Kvt 4A, 2620 Albertslund')[0]?.country).toBe('NO');
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
    ['SE', ['Storgatan 13', '1200 st.']],
    ['SE', ['Storgatan 13', '1200 st ägg']],
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
    // Before a postcode, a line without a street word: counting words, years, long numbers, ranges
    ['DK', ['Side 2, 2024 Nyheder']],
    ['DK', ['Ordrenummer 123, 2620 Albertslund']],
    ['DK', ['Tilbud 13', '2620 Albertslund']],
    ['DK', ['Gratis levering i Uge 12 · 2620 Albertslund']],
    ['DE', ['Lieferung ab Bestellung 5, 10115 Berlin']],
    ['DK', ['Mandag 10, 2620 Albertslund']],
    ['DK', ['Åbent 9-17, 2620 Albertslund']],
    ['DK', ['Tlf. 33 12 34 56', '2620 Albertslund']],
    ['DK', ['Bankgiro 123-4567, 2620 Albertslund']],
    ['DK', ['Eksempel Cykler Nordisk Handel 4, 2620 Albertslund']],
    ['SE', ['Org.nr 556677-8899', '504 37 Borås']],
    ['SE', ['Pris 1 299 kr', '504 37 Borås']],
    ['SE', ['Över 4 000 kunder', '504 37 Borås']],
    ['SE', ['4000 Kunder']],
    ['SE', ['Kampanj 12 maj 2024', '504 37 Borås']],
    ['AT', ['Tel. 0676 5260438', '9620 Hermagor']],
    ['AT', ['Tel. 0676 5260438, 9620 Hermagor']],
    ['AT', ['Familienbetrieb seit 1998, 9620 Hermagor']],
    ['AT', ['Zimmer 12, 9622 Weißbriach']],
    ['AT', ['Kategorie 3', '9622 Weißbriach']],
    ['AT', ['Seit 1998', '9620 Hermagor']],
    ['DE', ['Mai 2024, 1010 Wien']],
    // Street and city without a postcode: a bare street word, a country, a label, prose
    ['SE', ['Plan 2, Malmö']],
    ['SE', ['Box 1234, Stockholm']],
    ['SE', ['Storgatan 13, Sverige']],
    ['SE', ['Storgatan 13, Telefon 08-123 456 78']],
    ['SE', ['Storgatan 13, Öppet 9-17']],
    ['SE', ['Storgatan 13, 12 maj 2024']],
    ['SE', ['Storgatan 13, Mån–fre 9–17']],
    ['SE', ['Storgatan 13, Stockholms bästa kafé']],
    ['SE', ['Storgatan 13, Anna och Erik']],
    ['SE', ['Storgatan 13', 'Umeå']],
    ['SE', ['Ordernummer 13, Borås']],
    ['DK', ['Torvet 3, Roskilde']],
    ['GB', ['Company number 01234567, VAT GB 123 4567 89']],
    ['GB', ['Order W1F 7DP shipped']],
    ['GB', ['London', 'W1F 7DP']],
    // Spanish and Dutch: prices, dates, phone numbers, company and tax numbers, years
    ['ES', ['Menú del día 8,00 €']],
    ['ES', ['Calle Mayor 5, 8,00 €']],
    ['ES', ['Precio 12, 28013 Madrid']],
    ['ES', ['Lunes 3 de mayo, 28013 Madrid']],
    ['ES', ['Lunes 3, 28013 Madrid']],
    ['ES', ['Mayo 2024, 28013 Madrid']],
    ['ES', ['Tel. 959 12 34 56', '21005 Huelva']],
    ['ES', ['Tel. 959 12 34 56, 21005 Huelva']],
    ['ES', ['CIF B12345678, 21005 Huelva']],
    ['ES', ['NIF: B12345678 · Tel. 959 12 34 56']],
    ['ES', ['Pedido, 12345, 28013 Madrid']],
    ['ES', ['Ejemplo, 4, 28013 Madrid']],
    ['ES', ['Planta 2, 28013 Madrid']],
    ['ES', ['Desde 1998, 21005 Huelva']],
    ['ES', ['c. 5, Madrid']],
    ['ES', ['Plaza 3, Madrid']],
    ['ES', ['IBAN ES91 2100 0418 4502 0005 1332']],
    ['ES', ['Horario: L-V 9:00-14:00, Sábado 10-13']],
    ['NL', ['KvK 12345678', '1015 CJ Amsterdam']],
    ['NL', ['KvK 12345678, BTW NL123456789B01']],
    ['NL', ['IBAN NL91 ABNA 0417 1643 00']],
    ['NL', ['Tel. 020 123 45 67, 1015 CJ Amsterdam']],
    ['NL', ['Bestelling 123, 1015 CJ Amsterdam']],
    ['NL', ['Sinds 1998, 5305 TD Zuilichem']],
    ['NL', ['Prijs 2500 KM Afstand']],
    ['NL', ['Maandag 10, 1015 CJ Amsterdam']],
    ['NL', ['1015 CJ Amsterdam']],
    ['NL', ['Openingstijden ma t/m vr 9:00 - 17:00']],
  ];

  it.each(lookAlikes)('%s %j', (region, texts) => {
    expect(fromText(region, ...texts)).toEqual([]);
  });
});

describe('an address run together with what follows it on one line', () => {
  it.each([
    ['DK', 'Seminarievej 16B, 6760 Ribe mail@ribebryghus-eksempel.dk', 'Seminarievej 16B, 6760 Ribe'],
    ['NO', 'Storgata 5 3015 Drammen Tlf. 32 23 51 00', 'Storgata 5, 3015 Drammen'],
    ['SE', 'Kontor: Rydbo Saltsjöbads väg 3 184 94 Åkersberga', 'Rydbo Saltsjöbads väg 3, 184 94 Åkersberga'],
    ['SE', 'Storgatan 13, 504 37 Borås Tel. 033-12 34 56', 'Storgatan 13, 504 37 Borås'],
    // Footer links a stylesheet stacks, read from the HTML as one line: the address after the e-mail.
    ['FI', 'Yhteystiedot (06) 321 7300 info@klinikka-esimerkki.fi Gerbyntie 18, Vaasa', 'Gerbyntie 18, Vaasa'],
    ['SE', 'Skriv till info@firma-exempel.se Storgatan 5, 411 38 Göteborg', 'Storgatan 5, 411 38 Göteborg'],
  ] as const)('%s: %s', (region, text, value) => {
    expect(fromText(region, text).map((item) => item.value)).toEqual([value]);
  });

  it.each([
    ['SE', 'Pris 3 1299 Kronor'],
    ['SE', 'Leverans 2 1999 Stockholmsvägen'],
  ] as const)('no address in %s: %s', (region, text) => {
    expect(fromText(region, text)).toEqual([]);
  });
});
