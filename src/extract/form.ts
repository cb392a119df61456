import type { FormItem } from '../model/channel-items.js';
import type { PageForm, PageSnapshot } from '../model/page-snapshot.js';
import type { ExtractContext } from './extract-context.js';
import { locationOf, toEvidence } from './item-location.js';
import { classifyForm } from './form/classify-form.js';
import { fieldLabel, fillableFields } from './form/form-fields.js';

const DEFAULT_NAME = 'Kontaktformulär';
const MAX_NAME = 60;

/** An action that does not name a destination (JS-handled forms) says nothing about which form this is. */
function hasRealAction(action: string): boolean {
  const trimmed = action.trim();
  return trimmed !== '' && trimmed !== '#' && !/^(?:javascript|about):/i.test(trimmed);
}

/**
 * The human part of the context: it starts with the nearest heading, followed by
 * aria-label/id/class words; stop at the first word that looks like an identifier.
 */
function displayName(context: string): string {
  const words: string[] = [];
  const heading = context.split(' | ')[0] ?? '';
  for (const word of heading.replace(/\s+/g, ' ').trim().split(' ')) {
    if (!word || /[-_#\d=]|[a-zåäö][A-Z]/.test(word)) break;
    words.push(word);
  }
  const name = words.join(' ');
  if (!name) return DEFAULT_NAME;
  return name.length <= MAX_NAME ? name : `${name.slice(0, MAX_NAME - 1)}…`;
}

/**
 * A form's address as its identity, without a path's trailing slash: a client-side router (Gatsby,
 * Next) shows at `/contact` the page the server sends from `/contact/`, and a form that posts to
 * its own page is the same form read either way.
 */
function sameWithoutSlash(address: string): string {
  try {
    const url = new URL(address);
    if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
    return url.href;
  } catch {
    return address;
  }
}

function toItem(page: PageSnapshot, form: PageForm, index: number): FormItem {
  const fields = fillableFields(form.fields).map(fieldLabel).filter((label) => label !== '');
  const context = form.context.replace(/\s+/g, ' ').trim();
  const evidence = [context, fields.join(', ')].filter((part) => part !== '').join(': ');
  return {
    value: hasRealAction(form.action) ? sameWithoutSlash(form.action.trim()) : `${sameWithoutSlash(page.url)}#form-${index + 1}`,
    display: displayName(context),
    ...locationOf(page),
    evidence: toEvidence(evidence),
    source: 'form',
    fields,
    action: form.action,
  };
}

/**
 * Visible forms a customer can write to the company with. Search, login, newsletter, cart,
 * cookie-settings and public comment forms are left out (see classifyForm).
 * Forms without an action are named pageUrl#form-<n>, n counting every form on the page from 1.
 */
export function extractContactForms(page: PageSnapshot, _ctx: ExtractContext): FormItem[] {
  const items: FormItem[] = [];
  page.forms.forEach((form, index) => {
    if (classifyForm(form) === 'contact') items.push(toItem(page, form, index));
  });
  return items;
}
