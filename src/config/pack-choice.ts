import { parse as parseDomain } from 'tldts';
import { isBundledPack } from './rule-pack-loader.js';

export interface PackChoice {
  /** A bundled pack id or a file path. */
  pack: string;
  reason: string;
}

const LANG_TO_PACK: Record<string, string> = { sv: 'se', da: 'dk', pl: 'pl', fi: 'fi', es: 'es' };
const TLD_TO_PACK: Record<string, string> = { se: 'se', dk: 'dk', pl: 'pl', fi: 'fi', es: 'es' };

/**
 * `--rules` wins; otherwise the country TLD (a .se site is Swedish whatever its language),
 * then `<html lang>`, then the EU baseline. A national pack is used only where one is bundled.
 */
export function choosePack(input: { flag?: string | undefined; url: string; lang: string }): PackChoice {
  if (input.flag) return { pack: input.flag, reason: `--rules ${input.flag}` };
  const tld = parseDomain(input.url).publicSuffix?.split('.').pop() ?? '';
  const byTld = TLD_TO_PACK[tld];
  if (byTld && isBundledPack(byTld)) return { pack: byTld, reason: `the site's domain .${tld}` };
  const primary = input.lang.split('-')[0] ?? '';
  const byLang = LANG_TO_PACK[primary];
  if (byLang && isBundledPack(byLang)) return { pack: byLang, reason: `the page language lang="${input.lang}"` };
  return { pack: 'eu', reason: 'no national pack matches the domain or page language' };
}
