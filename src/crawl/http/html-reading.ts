import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { SnapshotProbes, TextBlock } from '../../model/page-snapshot.js';
import { READING_LIMITS, readingRules, type RulesOver } from '../../page/reading-rules.js';
import type { PageReading } from '../visit-page.js';
import { HtmlPage, parentElement, REJECTED } from './html-page.js';
import { htmlTree, textDrawn } from './html-tree.js';

/**
 * Reads a page from its HTML with the reading rules the browser's snapshot uses
 * (page/reading-rules.ts), over what the markup tells. Probed globals cannot exist without
 * running the page's scripts, so none are reported.
 */
export function readHtml(page: HtmlPage, status: number, probes: SnapshotProbes): PageReading {
  const rules = readingRules(htmlTree(page), READING_LIMITS);
  const html = page.$('html').get(0);
  return {
    url: page.url,
    status,
    title: rules.clean(page.$('title').first().text(), 300),
    lang: rules.clean(html?.attribs.lang, 35).toLowerCase(),
    blocks: readBlocks(page, rules),
    ...rules.readElements(),
    globals: [],
    selectors: probes.selectors.filter((selector) => page.elements(selector).length > 0),
  };
}

/** The text walk: the markup's counterpart of the snapshot's tree walker. */
function readBlocks(page: HtmlPage, rules: RulesOver<Element>): TextBlock[] {
  const root = page.root;
  if (!root) return [];
  const texts = rules.blockText();
  const walk = (node: AnyNode): void => {
    if (texts.full()) return;
    if (isText(node)) {
      const parent = parentElement(node);
      if (!parent || !node.data) return;
      if (!node.data.trim()) texts.space(parent);
      else if (textDrawn(page, parent)) texts.text(parent, node.data);
      return;
    }
    if (!isTag(node) || REJECTED.has(node.name)) return;
    if (node.name === 'br') {
      const parent = parentElement(node);
      if (parent && page.isVisible(parent)) texts.lineBreak(parent);
      return;
    }
    if (page.isVisible(node)) texts.element(node);
    for (const child of node.children) walk(child);
  };
  for (const child of root.children) walk(child);
  return texts.list();
}
