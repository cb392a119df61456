import type { PageSnapshot } from '../../model/page-snapshot.js';
import type { PhoneItem } from '../../model/channel-items.js';
import type { ExtractContext } from '../extract-context.js';
import { locationOf, toEvidence } from '../item-location.js';
import type { PhoneFacts } from './phone-number.js';
import { phonesInText } from './text-phones.js';
import { phoneOfTelLink } from './tel-link.js';
import { phoneOfWhatsAppLink } from './whatsapp.js';
import { phonesInJsonLd } from './json-ld-phones.js';

type Found = PhoneFacts & Pick<PhoneItem, 'display' | 'evidence' | 'source' | 'whatsapp'>;

/** Raw characters kept around a number in a long block, so the number survives toEvidence's bound. */
const EVIDENCE_WINDOW = 280;

/** The block text, or the part of a long block around the number. */
function blockEvidence(text: string, start: number, end: number): string {
  if (text.length <= EVIDENCE_WINDOW) return toEvidence(text);
  const from = Math.max(0, Math.min(start - 100, end + 100 - EVIDENCE_WINDOW));
  return toEvidence(text.slice(from, from + EVIDENCE_WINDOW));
}

function* fromText(page: PageSnapshot, ctx: ExtractContext): Generator<Found> {
  for (const block of page.blocks) {
    for (const p of phonesInText(block.text, ctx.region)) {
      const { start, end, ...rest } = p;
      yield { ...rest, evidence: blockEvidence(block.text, start, end), source: 'text' };
    }
  }
}

function* fromLinks(page: PageSnapshot, ctx: ExtractContext): Generator<Found> {
  for (const link of page.links) {
    const tel = phoneOfTelLink(link.href, link.text, ctx.region);
    const whatsapp = tel ? undefined : phoneOfWhatsAppLink(link.href);
    const phone = tel ?? whatsapp;
    if (!phone) continue;
    yield { ...phone, evidence: toEvidence(`${link.text} ${link.href}`), source: 'link', whatsapp: whatsapp !== undefined };
  }
}

function* fromJsonLd(page: PageSnapshot, ctx: ExtractContext): Generator<Found> {
  for (const raw of page.jsonLd) {
    for (const { stated, ...phone } of phonesInJsonLd(raw, ctx.region)) {
      yield { ...phone, evidence: toEvidence(`"telephone": "${stated}"`), source: 'json-ld', whatsapp: false };
    }
  }
}

/**
 * Every phone number a person can see or click on the page, plus those its schema.org data
 * states. One item per number (E.164): what a person sees (text, then links) is kept over
 * structured data. A WhatsApp contact is a different channel from a call to the same
 * number, so it is kept as its own item.
 */
export function extractPhones(page: PageSnapshot, ctx: ExtractContext): PhoneItem[] {
  const location = locationOf(page);
  const seen = new Set<string>();
  const items: PhoneItem[] = [];
  for (const found of [...fromText(page, ctx), ...fromLinks(page, ctx), ...fromJsonLd(page, ctx)]) {
    const key = `${found.value}|${found.whatsapp}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({ ...found, ...location });
  }
  return items;
}
