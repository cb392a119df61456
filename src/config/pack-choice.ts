import type { RegionJudgement } from '../extract/region.js';
import { isBundledPack, loadRulePack, type LoadedPack } from './rule-pack-loader.js';

export interface PackChoice {
  /** A bundled pack id or a file path. */
  pack: string;
  reason: string;
}

/** The country → pack table: a national pack only where one is bundled. */
const REGION_TO_PACK: Readonly<Record<string, string>> = { SE: 'se', DK: 'dk', PL: 'pl', FI: 'fi', ES: 'es' };

/** Every pack `choosePack` can pick without `--rules`. */
export function candidatePacks(): string[] {
  return ['eu', ...Object.values(REGION_TO_PACK).filter((id) => isBundledPack(id))];
}

const candidatesLoaded = new Map<string, LoadedPack>();

/** A pack `choosePack` can pick, loaded once per process: the bundled files do not change under it. */
export function candidatePack(id: string): LoadedPack {
  let pack = candidatesLoaded.get(id);
  if (!pack) candidatesLoaded.set(id, pack = loadRulePack(id));
  return pack;
}

/**
 * The packs that may judge a site while it is crawled: the one asked for, else every pack its
 * country could choose (the country is decided from what the crawl reads).
 */
export function packsThatMayJudge(chosen: LoadedPack | null): LoadedPack[] {
  return chosen ? [chosen] : candidatePacks().map(candidatePack);
}

/**
 * `--rules` wins; otherwise the pack follows the site's country, the same decision that reads
 * its phone numbers and addresses (domain, `lang`, the text's language and facts: see
 * `judgeRegion`), so a Polish-language site on a .com gets `pl`. A country without a bundled
 * pack (Austria, Germany), or no evidence of a country at all, gets the EU baseline.
 */
export function choosePack(input: { flag?: string | undefined; region: RegionJudgement }): PackChoice {
  if (input.flag) return { pack: input.flag, reason: `--rules ${input.flag}` };
  const { region, basis, reasons } = input.region;
  if (basis === 'default') return { pack: 'eu', reason: 'nothing on the site points to a country' };
  const because = reasons.length > 0 ? ` (${reasons.join(', ')})` : '';
  const pack = REGION_TO_PACK[region];
  if (pack && isBundledPack(pack)) return { pack, reason: `the site's country ${region}${because}` };
  return { pack: 'eu', reason: `no national pack for the site's country ${region}${because}` };
}
