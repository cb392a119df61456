import { isTag, type Element } from 'domhandler';
import type { PageForm } from '../../model/page-snapshot.js';
import { READING_LIMITS } from '../../page/read-snapshot.js';
import { clean, labelOf } from './html-text.js';
import { parentElement, type HtmlPage } from './html-page.js';

/**
 * The forms of a page read from its HTML, as the browser's snapshot reads them: visible fields with
 * their labels (a `<label>`, aria-labelledby, aria-label or title), the submit text, and the
 * heading or names that say what the form is for.
 */
export function readForms(page: HtmlPage): PageForm[] {
  const forms: PageForm[] = [];
  for (const form of page.elements('form')) {
    if (forms.length >= READING_LIMITS.forms) break;
    if (!page.isVisible(form)) continue;
    const fields: PageForm['fields'] = [];
    const submit: string[] = [];
    for (const field of page.$(form).find('input, textarea, select, button').toArray().filter(isTag)) {
      const type = (field.attribs.type || (field.name === 'button' ? 'submit' : field.name === 'input' ? 'text' : field.name)).toLowerCase();
      if (type === 'hidden' || !page.isVisible(field)) continue;
      if (field.name === 'button' || type === 'submit' || type === 'image') {
        submit.push(labelOf(page, field) || clean(field.attribs.value));
        continue;
      }
      if (fields.length >= READING_LIMITS.fields) continue;
      fields.push({
        tag: field.name as PageForm['fields'][number]['tag'], type, name: clean(field.attribs.name), label: fieldLabel(page, field),
        placeholder: clean(field.attribs.placeholder), autocomplete: clean(field.attribs.autocomplete), required: 'required' in field.attribs,
      });
    }
    const context = clean([headingBefore(page, form), form.attribs['aria-label'], form.attribs.name, form.attribs.id, form.attribs.class, form.attribs.role]
      .filter(Boolean).join(' | '), 400);
    const action = form.attribs.action ? page.resolve(form.attribs.action) : page.url;
    forms.push({ action, method: (form.attribs.method || 'get').toLowerCase(), fields, submitText: clean(submit.join(' ')), context, region: page.regionOf(form) });
  }
  return forms;
}

const LABELABLE = new Set(['input', 'textarea', 'select', 'button', 'meter', 'output', 'progress']);

const labelsOfPage = new WeakMap<HtmlPage, Map<Element, Element>>();

/** `field.labels[0]` for every field of the page, found in one pass: a label names the field it is `for`, or its first labelable descendant. */
function firstLabels(page: HtmlPage): Map<Element, Element> {
  let labels = labelsOfPage.get(page);
  if (labels) return labels;
  labels = new Map();
  const byId = new Map<string, Element>();
  for (const el of page.elements('[id]')) if (!byId.has(el.attribs.id!)) byId.set(el.attribs.id!, el);
  for (const label of page.elements('label')) {
    const target = 'for' in label.attribs ? byId.get(label.attribs.for!)
      : page.$(label).find('*').toArray().filter(isTag).find((el) => LABELABLE.has(el.name) && !(el.name === 'input' && el.attribs.type === 'hidden'));
    if (target && LABELABLE.has(target.name) && !labels.has(target)) labels.set(target, label);
  }
  labelsOfPage.set(page, labels);
  return labels;
}

function fieldLabel(page: HtmlPage, field: Element): string {
  const label = firstLabels(page).get(field);
  if (label) return clean(page.innerText(label));
  const by = field.attribs['aria-labelledby'];
  if (by) {
    return clean(by.split(/\s+/).map((ref) => {
      const target = page.elements(`[id="${ref.replace(/["\\]/g, '\\$&')}"]`)[0];
      return target ? page.innerText(target) : '';
    }).join(' '));
  }
  return clean(field.attribs['aria-label'] || field.attribs.title);
}

function headingBefore(page: HtmlPage, form: Element): string {
  const legend = page.$(form).find('legend, h1, h2, h3, h4').toArray().filter(isTag)[0];
  if (legend) return clean(page.innerText(legend));
  let el: Element | null = form;
  for (let hops = 0; el && hops < 6; hops++) {
    for (let sib = previousElement(el); sib; sib = previousElement(sib)) {
      if (/^h[1-6]$/.test(sib.name)) return clean(page.innerText(sib));
      const inner = page.$(sib).find('h1, h2, h3, h4, h5, h6').toArray().filter(isTag)[0];
      if (inner) return clean(page.innerText(inner));
    }
    el = parentElement(el);
  }
  return '';
}

function previousElement(el: Element): Element | null {
  for (let node = el.prev; node; node = node.prev) if (isTag(node)) return node;
  return null;
}
