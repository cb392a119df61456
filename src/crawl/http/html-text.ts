import { isTag, type Element } from 'domhandler';
import { READING_LIMITS } from '../../page/read-snapshot.js';
import type { HtmlPage } from './html-page.js';

/** Text as a label: white space collapsed, trimmed and bounded, as the in-page snapshot does. */
export function clean(text: string | undefined | null, max = READING_LIMITS.label): string {
  return String(text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** What a person reads as an element's name: its text, else its aria-label, title or image alt texts. */
export function labelOf(page: HtmlPage, el: Element): string {
  return clean(page.innerText(el)) || clean(el.attribs['aria-label']) || clean(el.attribs.title)
    || clean(page.$(el).find('img[alt]').toArray().filter(isTag).map((img) => img.attribs.alt ?? '').join(' '));
}
