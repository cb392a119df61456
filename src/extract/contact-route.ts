/**
 * Words that mark a link as a likely route to contact details, in the languages the
 * packs cover. Within one click depth these links are examined first, so the early stop
 * comes sooner; they never change the click count itself.
 */
const STRONG = [
  'kontakt', 'kontakta', 'contact', 'kundservice', 'kundtjänst', 'kundtjanst', 'kundeservice', 'kundecenter',
  'kundesenter', 'asiakaspalvelu', 'yhteystiedot', 'ota yhteyttä', 'obsługa klienta', 'obsluga-klienta', 'pomoc',
  'customer service', 'customer-service', 'customer care', 'impressum', 'kontakt os', 'kontakt oss', 'kontaktuppgifter',
  'kontaktinformation', 'ring oss', 'call us', 'reach us', 'get in touch',
];
const WEAK = [
  'hjälp', 'hjalp', 'help', 'support', 'hjælp', 'hjelp', 'apu', 'faq', 'frågor', 'om oss', 'om os', 'about', 'o nas',
  'öppettider', 'åbningstider', 'åpningstider', 'aukioloajat', 'godziny', 'opening hours', 'butiker', 'stores', 'reklamation',
  'customer', 'kund', 'service', 'kundeservice',
];

function normalise(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // a broken escape is kept as written
  }
  return decoded.toLowerCase().replace(/[_/.?=&#-]+/g, ' ');
}

/** 2 = very likely a contact route, 1 = perhaps, 0 = no sign. */
export function contactRouteScore(label: string, url: string): number {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // not a URL: judge the label alone
  }
  const haystacks = [normalise(label), normalise(path)];
  if (haystacks.some((text) => STRONG.some((word) => text.includes(word)))) return 2;
  if (haystacks.some((text) => WEAK.some((word) => text.includes(word)))) return 1;
  return 0;
}
