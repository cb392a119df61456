import { findNumbers, type CountryCode } from 'libphonenumber-js/max';
import type { PageSnapshot } from '../model/page-snapshot.js';
import type { ImageContact, ImageContactKind } from '../model/signals.js';
import { findEmails } from './email/find-emails.js';
import type { ExtractContext } from './extract-context.js';
import { locationOf, toEvidence } from './item-location.js';

/**
 * Contact details drawn into an image. A person with a screen reader, a translator, a
 * search or a copy-paste cannot use them (WCAG 1.4.5 "images of text"), so each is a
 * finding when the same detail is not also written as text; the check decides that.
 * The image itself cannot be read here; its alt text, title and file name can.
 */

/** Words in a file name or alt text that say what the image shows. */
const KIND_WORDS: ReadonlyArray<[ImageContactKind, RegExp]> = [
  ['hours', /(?<![\p{L}])(?:öppettider|oppettider|åbningstider|aabningstider|åpningstider|apningstider|aukioloajat|palveluajat|godziny[\s_-]*otwarcia|horario|opening[\s_-]*hours|business[\s_-]*hours|office[\s_-]*hours)(?![\p{L}])/iu],
  ['phone', /(?<![\p{L}])(?:telefon|telefonnummer|telefonnumer|puhelin|teléfono|telefono|phone|tel|ring[\s_-]*oss|ring[\s_-]*os|call[\s_-]*us)(?![\p{L}])/iu],
  ['email', /(?<![\p{L}])(?:e[\s_-]*post|e[\s_-]*mail|email|mail|sähköposti|correo)(?![\p{L}])/iu],
  ['address', /(?<![\p{L}])(?:besöksadress|adress|adresse|adres|osoite|dirección|address)(?![\p{L}])/iu],
];

/** A file name as words: "/img/oppettider_2025.png" → "oppettider 2025". */
function fileWords(src: string): string {
  try {
    const name = decodeURIComponent(new URL(src).pathname.split('/').pop() ?? '');
    return name.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[_.+-]+/g, ' ');
  } catch {
    return '';
  }
}

function phonesIn(text: string, region: CountryCode): string[] {
  try {
    return findNumbers(text, { defaultCountry: region, v2: true }).map((match) => match.number.number);
  } catch {
    return [];
  }
}

/** What the page's images say about contact details, from their alt text, title and file name. */
export function extractImageContacts(page: PageSnapshot, ctx: ExtractContext): ImageContact[] {
  const found: ImageContact[] = [];
  const add = (kind: ImageContactKind, value: string, src: string, evidence: string) => {
    if (found.some((item) => item.kind === kind && item.value === value)) return;
    found.push({ ...locationOf(page), evidence: toEvidence(evidence), kind, value, src: src.slice(0, 500) });
  };
  for (const image of page.images) {
    // A phone or envelope icon beside a link ("phone-line.svg", 30 × 30) draws no number or address.
    if (image.icon) continue;
    const stated = [image.alt, image.title].filter(Boolean).join(' · ');
    const words = fileWords(image.src);
    const text = [stated, words].filter(Boolean).join(' · ');
    if (!text) continue;
    for (const phone of phonesIn(stated, ctx.region)) add('phone', phone, image.src, text);
    for (const email of findEmails(stated)) add('email', email.value, image.src, text);
    for (const [kind, pattern] of KIND_WORDS) {
      const word = pattern.exec(text);
      if (!word) continue;
      if ((kind === 'phone' || kind === 'email') && found.some((item) => item.kind === kind && item.src === image.src)) continue;
      add(kind, word[0].toLowerCase(), image.src, text);
    }
  }
  return found;
}
