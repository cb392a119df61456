import type { CountryCode } from 'libphonenumber-js';
import { judgeRegion, regionContenders, type RegionJudgement, type RegionSignals } from '../extract/region.js';
import type { PageSnapshot } from '../model/page-snapshot.js';

/** How many views are read before the region is decided even when the evidence stays unclear. */
export const VIEWS_BEFORE_DECIDING = 5;

const textsOf = (snapshot: PageSnapshot): string[] => snapshot.blocks.map((block) => block.text);
const telHrefsOf = (snapshot: PageSnapshot): string[] => snapshot.links.filter((link) => /^tel:/i.test(link.href)).map((link) => link.href);

/**
 * The site's region, decided once from the start page and, when that page leaves it open
 * (`lang="de"` with nothing else: Germany or Austria?), from the first views read after it:
 * the crawl takes contact and imprint pages first, and they carry the address, the numbers and
 * the company register that settle it. The `lang` and domain are the start page's; the text and
 * `tel:` links of every view read so far count.
 *
 * Views read before the decision are held back, then extracted in the order they arrived,
 * each with its own clicks and path, so click counts are exactly what they would have been.
 * Holding back rather than re-judging findings after a change of region: every finding depends
 * on the region (whether "32 23 51 00" is a number at all, an address's country, whether a
 * footer holds a contact route), and findings already used to stop the crawl early could
 * vanish under a new region, leaving a channel "not found" by a crawl that stopped because it
 * was found. Held-back views cost only this: the crawl cannot stop early while they wait, and
 * the auto engine renders them, which never changes a verdict.
 */
export class SiteRegion {
  private start: Pick<RegionSignals, 'lang' | 'hostname'> | null = null;
  private readonly texts: string[] = [];
  private readonly telHrefs: string[] = [];
  private readonly waiting: PageSnapshot[] = [];
  private decided: RegionJudgement | null = null;

  /** The decision, once made. */
  get judgement(): RegionJudgement | null {
    return this.decided;
  }

  /** Takes a view just read; returns the views now ready for extraction (none while the region is open). */
  add(snapshot: PageSnapshot): PageSnapshot[] {
    if (this.decided) return [snapshot];
    this.start ??= { lang: snapshot.lang, hostname: new URL(snapshot.url).hostname };
    this.texts.push(...textsOf(snapshot));
    this.telHrefs.push(...telHrefsOf(snapshot));
    this.waiting.push(snapshot);
    const judgement = this.guess();
    return judgement.confident || this.waiting.length >= VIEWS_BEFORE_DECIDING ? this.decide(judgement) : [];
  }

  /** The crawl is over: decides on what was read, and returns the views still held back. */
  finish(): PageSnapshot[] {
    return this.decided || !this.start ? [] : this.decide(this.guess());
  }

  /** The best judgement on the evidence so far, with `also` (a view not yet taken) counted too. */
  guess(also?: PageSnapshot): RegionJudgement {
    if (this.decided) return this.decided;
    const start = this.start ?? (also ? { lang: also.lang, hostname: new URL(also.url).hostname } : { lang: '', hostname: '' });
    const texts = also ? [...this.texts, ...textsOf(also)] : this.texts;
    const telHrefs = also ? [...this.telHrefs, ...telHrefsOf(also)] : this.telHrefs;
    return judgeRegion({ ...start, texts, telHrefs });
  }

  /** The views read so far and held back until the decision. */
  get held(): readonly PageSnapshot[] {
    return this.waiting;
  }

  /** The regions still in the running, with `also` (a view not yet taken) counted; the one decided once it is. */
  contenders(also: PageSnapshot): CountryCode[] {
    if (this.decided) return [this.decided.region];
    const start = this.start ?? { lang: also.lang, hostname: new URL(also.url).hostname };
    return regionContenders({ ...start, texts: [...this.texts, ...textsOf(also)], telHrefs: [...this.telHrefs, ...telHrefsOf(also)] });
  }

  private decide(judgement: RegionJudgement): PageSnapshot[] {
    this.decided = judgement;
    const ready = this.waiting.splice(0);
    this.texts.length = 0;
    this.telHrefs.length = 0;
    return ready;
  }
}
