import type { EmailItem } from '../model/channel-items.js';
import type { PageSnapshot } from '../model/page-snapshot.js';
import type { ExtractContext } from './extract-context.js';
import { locationOf, toEvidence } from './item-location.js';
import { findEmails } from './email/find-emails.js';
import { mailtoAddresses } from './email/mailto.js';

/**
 * E-mail addresses on one page: `mailto:` links and addresses written in visible text,
 * including the usual harvester-proofing ("namn [at] firma.se"). One item per address;
 * when an address is both linked and written, the link wins, since it is what a person clicks.
 */
export function extractEmails(page: PageSnapshot, _ctx: ExtractContext): EmailItem[] {
  const location = locationOf(page);
  const byValue = new Map<string, EmailItem>();

  for (const link of page.links) {
    for (const address of mailtoAddresses(link.href)) {
      for (const found of findEmails(address)) {
        if (byValue.has(found.value)) continue;
        byValue.set(found.value, {
          value: found.value,
          display: found.display,
          ...location,
          evidence: toEvidence(link.text.trim() ? `${link.text} (${link.href})` : link.href),
          source: 'link',
          obfuscated: found.obfuscated,
        });
      }
    }
  }

  for (const block of page.blocks) {
    let evidence: string | undefined;
    for (const found of findEmails(block.text)) {
      if (byValue.has(found.value)) continue;
      // Once per block: a huge block with many addresses must not be collapsed again for each.
      evidence ??= toEvidence(block.text);
      byValue.set(found.value, {
        value: found.value,
        display: found.display,
        ...location,
        evidence,
        source: 'text',
        obfuscated: found.obfuscated,
      });
    }
  }

  return [...byValue.values()];
}
