/** The countries whose address formats kontaktkoll reads. */
export type AddressCountry = 'SE' | 'DK' | 'NO' | 'FI' | 'PL' | 'DE' | 'AT' | 'CH' | 'ES' | 'NL' | 'BE';

export const ADDRESS_COUNTRIES: readonly AddressCountry[] = ['SE', 'DK', 'NO', 'FI', 'PL', 'DE', 'AT', 'CH', 'ES', 'NL', 'BE'];

export function isAddressCountry(code: string): code is AddressCountry {
  return (ADDRESS_COUNTRIES as readonly string[]).includes(code);
}

const COUNTRY_NAMES: Record<string, AddressCountry> = {
  sverige: 'SE', sweden: 'SE', schweden: 'SE', szwecja: 'SE', ruotsi: 'SE',
  danmark: 'DK', denmark: 'DK', dänemark: 'DK', dania: 'DK', tanska: 'DK',
  norge: 'NO', noreg: 'NO', norway: 'NO', norwegen: 'NO', norwegia: 'NO', norja: 'NO',
  suomi: 'FI', finland: 'FI', finnland: 'FI', finlandia: 'FI',
  polska: 'PL', poland: 'PL', polen: 'PL', puola: 'PL',
  deutschland: 'DE', germany: 'DE', tyskland: 'DE', niemcy: 'DE', saksa: 'DE',
  österreich: 'AT', austria: 'AT', österrike: 'AT', østrig: 'AT', østerrike: 'AT', itävalta: 'AT',
  españa: 'ES', spain: 'ES', spanien: 'ES', hiszpania: 'ES', espanja: 'ES', espanha: 'ES',
  nederland: 'NL', netherlands: 'NL', niederlande: 'NL', nederländerna: 'NL', holandia: 'NL', alankomaat: 'NL',
  belgië: 'BE', belgie: 'BE', belgique: 'BE', belgium: 'BE', belgien: 'BE', belgia: 'BE',
  schweiz: 'CH', suisse: 'CH', svizzera: 'CH', switzerland: 'CH', szwajcaria: 'CH', sveitsi: 'CH',
};

/** ISO code from schema.org addressCountry: "SE", "Sverige", or { "name": "Sweden" }. '' when unknown. */
export function countryCodeOf(value: unknown): string {
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return countryCodeOf(record['name'] ?? record['identifier'] ?? record['@id'] ?? '');
  }
  if (typeof value !== 'string') return '';
  const text = value.trim();
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase();
  return COUNTRY_NAMES[text.toLowerCase()] ?? '';
}

/** A country name written after the city ("504 37 Borås, Sverige" without the comma). */
export const TRAILING_COUNTRY = new RegExp(`\\s+(?:${Object.keys(COUNTRY_NAMES).join('|')})$`, 'iu');
