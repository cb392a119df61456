import type { BenchOptions } from './options.js';
import type { ContactDepth, SiteSpec, SiteVariant } from './site/site-model.js';

export interface SitePlan {
  /** e.g. "1000-d2-plain" */
  id: string;
  spec: SiteSpec;
}

/** Sites of one size and variant: kontaktkoll audits each; the peers crawl one of them in full. */
export interface GroupPlan {
  id: string;
  pages: number;
  variant: SiteVariant;
  sites: SitePlan[];
  /**
   * The site the peers crawl. A full crawl visits every page whichever page holds the contact
   * details, so one crawl per size and variant stands for all its depths.
   */
  peerSite: SitePlan;
}

const site = (pages: number, contactDepth: ContactDepth, variant: SiteVariant): SitePlan =>
  ({ id: `${pages}-d${contactDepth}-${variant}`, spec: { pages, contactDepth, variant } });

export function planRuns(options: Pick<BenchOptions, 'sizes' | 'depths' | 'variants'>): GroupPlan[] {
  const groups: GroupPlan[] = [];
  const peerDepth: ContactDepth = options.depths.includes(2) ? 2 : options.depths[0]!;
  for (const variant of options.variants) {
    const sizes = variant === 'plain' ? options.sizes : [options.sizes.includes(1000) ? 1000 : options.sizes[0]!];
    const depths = variant === 'plain' ? options.depths : [peerDepth];
    for (const pages of sizes) {
      const sites = depths.map((depth) => site(pages, depth, variant));
      groups.push({ id: `${pages}-${variant}`, pages, variant, sites, peerSite: sites.find((s) => s.spec.contactDepth === peerDepth)! });
    }
  }
  return groups;
}
