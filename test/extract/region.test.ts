import { describe, expect, it } from 'vitest';
import type { CountryCode } from 'libphonenumber-js';
import { DEFAULT_REGION, LANGUAGE_REGIONS, detectRegion, judgeRegion, regionContenders, type RegionSignals } from '../../src/extract/region.js';

const CASES: Array<{ why: string; signals: RegionSignals; region: CountryCode }> = [
  // 1. region subtag of lang wins over everything
  { why: 'lang region subtag', signals: { lang: 'sv-se', hostname: 'example.com' }, region: 'SE' },
  { why: 'lang region subtag beats TLD', signals: { lang: 'en-GB', hostname: 'www.exempel.se' }, region: 'GB' },
  { why: 'lang region subtag beats language', signals: { lang: 'de-AT', hostname: 'example.com' }, region: 'AT' },
  { why: 'Finland-Swedish', signals: { lang: 'sv-FI', hostname: 'example.com' }, region: 'FI' },
  { why: 'underscore form', signals: { lang: 'nb_NO', hostname: 'example.com' }, region: 'NO' },
  { why: 'script subtag skipped', signals: { lang: 'zh-Hant-TW', hostname: 'example.com' }, region: 'TW' },
  { why: '"uk" subtag means GB', signals: { lang: 'en-uk', hostname: 'example.com' }, region: 'GB' },
  { why: 'numeric region ignored', signals: { lang: 'es-419', hostname: 'tienda.pl' }, region: 'PL' },
  // 2. country-code TLD beats language
  { why: '.dk TLD', signals: { lang: '', hostname: 'www.firma.dk' }, region: 'DK' },
  { why: '.no TLD beats lang sv', signals: { lang: 'sv', hostname: 'firma.no' }, region: 'NO' },
  { why: '.fi TLD', signals: { lang: 'en', hostname: 'yritys.fi' }, region: 'FI' },
  { why: '.pl TLD', signals: { lang: '', hostname: 'sklep.pl' }, region: 'PL' },
  { why: '.de TLD', signals: { lang: '', hostname: 'firma.de' }, region: 'DE' },
  { why: '.at TLD', signals: { lang: 'de', hostname: 'firma.at' }, region: 'AT' },
  { why: '.ch TLD', signals: { lang: 'de', hostname: 'firma.ch' }, region: 'CH' },
  { why: '.uk TLD means GB', signals: { lang: 'en', hostname: 'shop.example.co.uk' }, region: 'GB' },
  { why: '.ie TLD', signals: { lang: 'en', hostname: 'example.ie' }, region: 'IE' },
  { why: '.ee TLD', signals: { lang: '', hostname: 'example.ee' }, region: 'EE' },
  { why: 'TLD with port and trailing dot', signals: { lang: '', hostname: 'www.firma.dk.:8080' }, region: 'DK' },
  // 3. primary language, when the TLD says nothing
  { why: 'sv on .com', signals: { lang: 'sv', hostname: 'example.com' }, region: 'SE' },
  { why: 'da on .eu', signals: { lang: 'da', hostname: 'example.eu' }, region: 'DK' },
  { why: 'nb on .org', signals: { lang: 'nb', hostname: 'example.org' }, region: 'NO' },
  { why: 'nn on .com', signals: { lang: 'nn', hostname: 'example.com' }, region: 'NO' },
  { why: 'no on .io', signals: { lang: 'no', hostname: 'example.io' }, region: 'NO' },
  { why: 'fi on .com', signals: { lang: 'fi', hostname: 'example.com' }, region: 'FI' },
  { why: 'pl on .com', signals: { lang: 'pl', hostname: 'example.com' }, region: 'PL' },
  { why: 'de on .com', signals: { lang: 'DE', hostname: 'example.com' }, region: 'DE' },
  { why: 'lang "se" is a Swedish site', signals: { lang: 'se', hostname: 'example.com' }, region: 'SE' },
  { why: 'sv on localhost', signals: { lang: 'sv', hostname: 'localhost' }, region: 'SE' },
  { why: 'da on an IP', signals: { lang: 'da', hostname: '127.0.0.1' }, region: 'DK' },
  { why: 'language beats text', signals: { lang: 'pl', hostname: 'example.com', texts: ['Ring +46 8 123 456 78'] }, region: 'PL' },
  // 4. text signals: for English, and for pages without lang
  { why: 'en with +44', signals: { lang: 'en', hostname: 'example.com', texts: ['Call us on +44 20 7946 0000'] }, region: 'GB' },
  { why: 'en with +45', signals: { lang: 'en', hostname: 'example.com', texts: ['Call +45 33 12 34 56'] }, region: 'DK' },
  { why: 'en with £ prices', signals: { lang: 'en', hostname: 'example.com', texts: ['From £12.99', 'Only £5'] }, region: 'GB' },
  { why: 'no lang, Norwegian words', signals: { lang: '', hostname: 'example.com', texts: ['Kontakt oss', 'Åpningstider: man–fre 08–16', 'Vi svarer ikke på e-post i helgen'] }, region: 'NO' },
  { why: 'no lang, Danish words', signals: { lang: '', hostname: 'example.com', texts: ['Kontakt os', 'Åbningstider', 'CVR 12345678'] }, region: 'DK' },
  { why: 'no lang, +358 numbers', signals: { lang: '', hostname: 'example.com', texts: ['+358 9 1234 5678', '+358 40 123 4567'] }, region: 'FI' },
  { why: 'no lang, +48 and zł', signals: { lang: '', hostname: 'example.com', texts: ['Tel. +48 22 123 45 67', 'Cena 99 zł'] }, region: 'PL' },
  { why: 'no lang, Polish postcode', signals: { lang: '', hostname: 'localhost', texts: ['ul. Prosta 51, 00-838 Warszawa'] }, region: 'PL' },
  { why: 'no lang, Swedish postcode and :-', signals: { lang: '', hostname: 'localhost', texts: ['Storgatan 13, 504 37 Borås', 'Pris 299:-'] }, region: 'SE' },
  { why: 'no lang, +49 and GmbH', signals: { lang: '', hostname: 'example.com', texts: ['Beispiel GmbH', '+49 30 1234567'] }, region: 'DE' },
  { why: 'calling codes outweigh a stray word', signals: { lang: 'en', hostname: 'example.com', texts: ['Kontakt oss: +46 8 123 456 78, +46 70 123 45 67'] }, region: 'SE' },
  // 5. every piece of evidence weighed: lang without a region subtag is one vote, not a trump
  { why: 'lang de, an Austrian mobile and a 4-digit postcode', signals: { lang: 'de', hostname: '127.0.0.1', texts: ['Tel. 0676 5260438', 'Hauptplatz 3, 9620 Hermagor'] }, region: 'AT' },
  { why: 'lang de, a village address and a 0664 mobile', signals: { lang: 'de', hostname: 'example.com', texts: ['Weißbriach 92, 9622 Weißbriach', 'Mobil: 0664/1234567'] }, region: 'AT' },
  { why: 'lang de, Firmenbuch and ATU', signals: { lang: 'de', hostname: 'example.com', texts: ['Firmenbuchnummer: FN 123456a', 'UID: ATU12345678'] }, region: 'AT' },
  { why: 'lang de, "A-" postcode', signals: { lang: 'de', hostname: 'example.com', texts: ['Beispiel GmbH, A-1010 Wien'] }, region: 'AT' },
  { why: 'lang de, +43 in a tel: link only', signals: { lang: 'de', hostname: 'example.com', telHrefs: ['tel:+43463123456'] }, region: 'AT' },
  { why: 'lang de, Swiss postcode and CHF', signals: { lang: 'de', hostname: 'example.com', texts: ['Bahnhofstrasse 1, 8001 Zürich', 'Preis: CHF 49.–'] }, region: 'CH' },
  { why: 'lang de, German 5-digit postcode and HRB', signals: { lang: 'de', hostname: 'example.com', texts: ['Hauptstraße 5, 10115 Berlin', 'Amtsgericht Charlottenburg HRB 12345'] }, region: 'DE' },
  { why: 'lang de-DE beats one Austrian fact', signals: { lang: 'de-DE', hostname: 'example.com', texts: ['Tel. 0676 5260438'] }, region: 'DE' },
  { why: 'no lang, Norwegian text, address and plain-text number', signals: { lang: '', hostname: '127.0.0.1', texts: ['Tlf.: 32 23 51 00', 'Storgata 5, 3015 Drammen', 'Åpningstider: mandag–fredag 08–16', 'Vi hjelper deg gjerne'] }, region: 'NO' },
  { why: 'no lang, Norwegian tel: link', signals: { lang: '', hostname: 'example.com', telHrefs: ['tel:+4732235100'] }, region: 'NO' },
  { why: 'an encoded tel: link', signals: { lang: '', hostname: 'example.com', telHrefs: ['tel:%2B4732235100'] }, region: 'NO' },
  { why: 'lang nb on a .com', signals: { lang: 'nb', hostname: 'example.com', texts: ['Velkommen'] }, region: 'NO' },
  { why: 'no lang, Danish spellings', signals: { lang: '', hostname: 'example.com', texts: ['Vi hjælper dig', 'Åbningstider', 'Butikken er lukket søndag'] }, region: 'DK' },
  { why: 'no lang, Swedish words', signals: { lang: '', hostname: 'example.com', texts: ['Kontakta oss', 'Öppettider', 'Vi svarar inte på helger och'] }, region: 'SE' },
  { why: 'Norwegian text outvotes a wrong lang="sv"', signals: { lang: 'sv', hostname: 'example.com', texts: ['Kontakt oss', 'Åpningstider', 'Vi hjelper deg', 'Tlf. +47 32 23 51 00'] }, region: 'NO' },
  { why: 'Norwegian text under a CMS default lang="en-US"', signals: { lang: 'en-US', hostname: 'example.com', texts: ['Kontakt oss', 'Åpningstider', 'Vi svarer ikke i helgen'] }, region: 'NO' },
  { why: 'Polish text on a .com without lang', signals: { lang: '', hostname: 'example.com', texts: ['Kontakt z nami', 'Sklep jest otwarty oraz online'] }, region: 'PL' },
  // Look-alikes: evidence that is not what it seems
  { why: 'lang de, neighbours named in delivery terms', signals: { lang: 'de', hostname: 'example.com', texts: ['Versand nach Deutschland, Österreich und in die Schweiz'] }, region: 'DE' },
  { why: 'lang de, a year before a noun is no postcode', signals: { lang: 'de', hostname: 'example.com', texts: ['Seit 1998 Familienbetrieb', 'Gegründet 2004 Berlin'] }, region: 'DE' },
  { why: 'lang sv, a Hudiksvall area code is no Austrian mobile', signals: { lang: 'sv', hostname: 'example.com', texts: ['Ring 0650-123 45'] }, region: 'SE' },
  { why: 'a time before a number is no "00" calling code', signals: { lang: '', hostname: 'example.com', texts: ['Öppet 08:00 45 minuter'] }, region: 'SE' },
  { why: 'lang sv, one +358 number', signals: { lang: 'sv', hostname: 'example.com', texts: ['Ring oss på +358 9 1234 5678', 'Vi svarar inte på helger'] }, region: 'SE' },
  { why: 'lang en-US alone is a CMS default, not a country', signals: { lang: 'en-US', hostname: 'example.com' }, region: 'SE' },
  // 6. default
  { why: 'nothing at all', signals: { lang: '', hostname: 'example.com' }, region: 'SE' },
  { why: 'en with no other signal', signals: { lang: 'en', hostname: 'example.com', texts: ['Welcome to our shop'] }, region: 'SE' },
  { why: 'a tie is no signal', signals: { lang: 'en', hostname: 'example.com', texts: ['+45 33 12 34 56', '+47 22 12 34 56'] }, region: 'SE' },
  { why: '"kr" alone is too weak', signals: { lang: '', hostname: 'example.com', texts: ['99 kr'] }, region: 'SE' },
  { why: 'vanity TLD .io', signals: { lang: '', hostname: 'app.example.io' }, region: 'SE' },
  { why: 'vanity TLD .nu', signals: { lang: 'en', hostname: 'example.nu' }, region: 'SE' },
  { why: 'IPv6 host', signals: { lang: '', hostname: '[::1]' }, region: 'SE' },
  { why: 'unknown language', signals: { lang: 'tlh', hostname: 'example.com' }, region: 'SE' },
];

describe('detectRegion', () => {
  it.each(CASES)('$why → $region', ({ signals, region }) => {
    expect(detectRegion(signals)).toBe(region);
  });

  it('defaults to SE', () => {
    expect(DEFAULT_REGION).toBe('SE');
  });

  it('maps the Nordic and Baltic-Sea languages, and not English', () => {
    expect(LANGUAGE_REGIONS).toMatchObject({ sv: 'SE', da: 'DK', nb: 'NO', nn: 'NO', no: 'NO', fi: 'FI', pl: 'PL', de: 'DE', et: 'EE' });
    expect(LANGUAGE_REGIONS['en']).toBeUndefined();
  });
});

describe('judgeRegion', () => {
  it('is confident where the evidence leaves no doubt', () => {
    expect(judgeRegion({ lang: 'sv', hostname: 'www.exempel.se' })).toMatchObject({ region: 'SE', basis: 'evidence', confident: true });
    expect(judgeRegion({ lang: 'nb', hostname: '127.0.0.1', texts: ['Kontakt oss', 'Åpningstider'] })).toMatchObject({ region: 'NO', confident: true });
  });

  it('is not confident when lang="de" is all there is: Germany, Austria or Switzerland', () => {
    expect(judgeRegion({ lang: 'de', hostname: 'example.com', texts: ['Willkommen'] })).toMatchObject({ region: 'DE', basis: 'evidence', confident: false });
  });

  it('says when nothing pointed to a country', () => {
    expect(judgeRegion({ lang: 'en', hostname: 'example.com', texts: ['Welcome'] })).toEqual({ region: 'SE', basis: 'default', confident: false, reasons: [] });
  });

  it('says what pointed to the country, strongest first', () => {
    expect(judgeRegion({ lang: 'da', hostname: 'www.firma.dk' }).reasons).toEqual(['the domain .dk', 'lang="da"']);
    const austrian = judgeRegion({ lang: 'de', hostname: '127.0.0.1', texts: ['Tel. 0676 5260438', 'Hauptplatz 3, 9620 Hermagor'] });
    expect(austrian.reasons).toContain('Austrian mobile numbers');
  });
});

describe('regionContenders', () => {
  it('names every country a signal points to, and the default, until the evidence is in', () => {
    const open = regionContenders({ lang: 'de', hostname: '127.0.0.1', texts: [] });
    expect(open).toEqual(expect.arrayContaining(['DE', 'AT', 'CH', DEFAULT_REGION]));
    expect(judgeRegion({ lang: 'de', hostname: '127.0.0.1', texts: [] }).confident).toBe(false);
    // What the judgement would pick is always among them.
    const signals: RegionSignals = { lang: 'de', hostname: 'praxis.example', texts: ['Stadtplatz 5, 4600 Wels, Österreich'] };
    expect(regionContenders(signals)).toContain(judgeRegion(signals).region);
    expect(regionContenders({ lang: 'sv', hostname: 'example.se', texts: [] })).not.toContain('DE');
  });
});
