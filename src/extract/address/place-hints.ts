import type { AddressCountry } from './address-country.js';

/**
 * The largest cities of each country kontaktkoll reads. A four-digit postcode fits Denmark,
 * Norway and Austria alike; "5003 Bergen" on a Swedish site is settled by the city, not the digits.
 */
const KNOWN_CITIES: Record<string, AddressCountry> = {
  stockholm: 'SE', göteborg: 'SE', malmö: 'SE', uppsala: 'SE', västerås: 'SE', örebro: 'SE', linköping: 'SE',
  helsingborg: 'SE', norrköping: 'SE', jönköping: 'SE', umeå: 'SE', lund: 'SE', borås: 'SE', luleå: 'SE',
  københavn: 'DK', kobenhavn: 'DK', copenhagen: 'DK', aarhus: 'DK', århus: 'DK', odense: 'DK', aalborg: 'DK',
  ålborg: 'DK', esbjerg: 'DK', randers: 'DK', kolding: 'DK', horsens: 'DK', vejle: 'DK', roskilde: 'DK',
  oslo: 'NO', bergen: 'NO', trondheim: 'NO', stavanger: 'NO', tromsø: 'NO', kristiansand: 'NO', drammen: 'NO',
  fredrikstad: 'NO', sandnes: 'NO', bodø: 'NO', ålesund: 'NO',
  helsinki: 'FI', helsingfors: 'FI', espoo: 'FI', tampere: 'FI', vantaa: 'FI', oulu: 'FI', turku: 'FI', åbo: 'FI',
  jyväskylä: 'FI', lahti: 'FI', kuopio: 'FI',
  warszawa: 'PL', kraków: 'PL', łódź: 'PL', wrocław: 'PL', poznań: 'PL', gdańsk: 'PL', szczecin: 'PL',
  berlin: 'DE', hamburg: 'DE', münchen: 'DE', köln: 'DE', frankfurt: 'DE', stuttgart: 'DE', düsseldorf: 'DE',
  leipzig: 'DE', dortmund: 'DE', essen: 'DE', bremen: 'DE', dresden: 'DE', hannover: 'DE', nürnberg: 'DE',
  wien: 'AT', graz: 'AT', linz: 'AT', salzburg: 'AT', innsbruck: 'AT', klagenfurt: 'AT', villach: 'AT', wels: 'AT',
  madrid: 'ES', barcelona: 'ES', valencia: 'ES', sevilla: 'ES', zaragoza: 'ES', málaga: 'ES', malaga: 'ES',
  murcia: 'ES', palma: 'ES', bilbao: 'ES', alicante: 'ES', córdoba: 'ES', valladolid: 'ES', vigo: 'ES',
  amsterdam: 'NL', rotterdam: 'NL', 'den haag': 'NL', "'s-gravenhage": 'NL', utrecht: 'NL', eindhoven: 'NL',
  groningen: 'NL', tilburg: 'NL', almere: 'NL', breda: 'NL', nijmegen: 'NL',
};

/**
 * Danish cities are written with a district after them: "1050 København K", "8200 Aarhus N",
 * "5000 Odense C", "9220 Aalborg Øst". The letters are Danish practice ("Oslo S" is a
 * station, not a postal district, and its postcode does not fit Denmark anyway).
 */
const DISTRICT = /\s(?:K|V|Ø|N|S|C|SV|NV|SØ|NØ|Øst|Vest|Nord|Syd)$/u;

/** The city without a Danish district: "København K" → "København". */
export function cityWithoutDistrict(city: string): string {
  return city.replace(DISTRICT, '');
}

/**
 * Countries the city points to: a known city names one; a Danish district letter points to
 * Denmark. Empty when the city says nothing.
 */
export function placeHints(city: string): AddressCountry[] {
  const bare = cityWithoutDistrict(city.trim());
  const known = KNOWN_CITIES[bare.toLowerCase()] ?? KNOWN_CITIES[(bare.split(' ')[0] ?? '').toLowerCase()];
  if (known) return [known];
  return bare === city.trim() ? [] : ['DK'];
}
