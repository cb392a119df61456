import type { FormField, PageForm } from '../../model/page-snapshot.js';
import {
  CART_CONTEXT_CUE, CART_SUBMIT_CUE, COMMENT_CUE, CONTACT_CUE, COOKIE_CUE, LOGIN_CUE, MESSAGE_CUE, NEWSLETTER_CUE,
  QUANTITY_CUE, REPLY_CUE, SEARCH_CUE, SEARCH_FIELD_NAMES, SIGNUP_CUE,
} from './form-cues.js';
import { fieldWords, fillableFields } from './form-fields.js';

export type FormKind =
  | 'contact' | 'search' | 'login' | 'newsletter' | 'cart' | 'cookie' | 'comment' | 'signup' | 'other';

const TEXTUAL_TYPES = new Set(['', 'text', 'textarea']);
const TICK_TYPES = new Set(['checkbox', 'radio']);

function isMessageField(field: FormField): boolean {
  if (field.tag === 'textarea') return true;
  return field.tag === 'input' && TEXTUAL_TYPES.has(field.type.toLowerCase()) && MESSAGE_CUE.test(fieldWords(field));
}

/** Ticking "e-mail me offers" identifies nobody, so only fields that are typed in count. */
function isReplyField(field: FormField): boolean {
  const type = field.type.toLowerCase();
  if (TICK_TYPES.has(type) || field.tag === 'select') return false;
  return type === 'email' || type === 'tel' || REPLY_CUE.test(fieldWords(field));
}

/**
 * What a form is for, as far as it matters to a customer looking for contact. A contact form
 * is one a customer writes a message in and the company can reply to: a message field plus
 * a name/e-mail/phone field, or a form whose context says "kontakt" and that asks for a message
 * or for at least two ways to identify the writer (a callback form: name + phone).
 *
 * Blog comment and review forms are not contact forms even though they carry a textarea and an
 * e-mail field: what is written there is published to other readers, and nobody at the company
 * is bound to answer. They count only when the page itself calls the form a contact form. So do
 * forms to volunteer, apply for a job or sign up for an event (`SIGNUP_CUE`).
 */
export function classifyForm(form: PageForm): FormKind {
  const fields = fillableFields(form.fields);
  const framing = `${form.context} ${form.submitText}`;
  const types = fields.map((field) => field.type.toLowerCase());
  const hasMessage = fields.some(isMessageField);
  const replyCount = fields.filter(isReplyField).length;
  const contactFraming = CONTACT_CUE.test(framing);

  // No contact form asks for a password.
  if (types.includes('password')) return 'login';
  if (COOKIE_CUE.test(framing)) return 'cookie';
  if (types.includes('search') || /(?:^|\s)role=?search(?:\s|$)/i.test(form.context)) return 'search';
  // A quantity belongs to a product; beside a message field it is a count a customer writes about ("Antall gjester").
  if (!hasMessage && fields.some((field) => QUANTITY_CUE.test(`${field.name} ${field.label}`))) return 'cart';
  if (CART_SUBMIT_CUE.test(form.submitText) || (!contactFraming && CART_CONTEXT_CUE.test(form.context))) return 'cart';

  if (!hasMessage) {
    if (!contactFraming && SEARCH_CUE.test(framing)) return 'search';
    if (fields.some((field) => SEARCH_FIELD_NAMES.has(field.name.toLowerCase()))) return 'search';
    if (NEWSLETTER_CUE.test(framing)) return 'newsletter';
    if (LOGIN_CUE.test(framing)) return 'login';
  }
  if (!contactFraming && COMMENT_CUE.test(framing)) return 'comment';
  // An application to volunteer or to work there, or a sign-up, is written to the company but is no customer's question.
  if (!contactFraming && SIGNUP_CUE.test(framing)) return 'signup';

  if (hasMessage && replyCount > 0) return 'contact';
  if (contactFraming && (hasMessage || replyCount >= 2)) return 'contact';
  return 'other';
}
