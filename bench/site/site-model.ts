/**
 * The shape of a synthetic company site for the benchmark: a shop with a header menu, a footer,
 * categories, subcategories with paginated product lists, products that link to each other, and
 * a customer-service section with the contact page at a chosen click depth. Deterministic: the
 * same spec always gives the same pages and links.
 */

export const SITE_VARIANTS = ['plain', 'js-nav', 'consent'] as const;
export type SiteVariant = (typeof SITE_VARIANTS)[number];
export type ContactDepth = 1 | 2 | 3;

export interface SiteSpec {
  /** Exact number of HTML pages the site serves. */
  pages: number;
  /** Clicks from the home page to the contact page (every contact channel is there and only there). */
  contactDepth: ContactDepth;
  /** `js-nav`: header and footer links are written by a script; `consent`: a cookie dialog covers every page until answered. */
  variant: SiteVariant;
}

export interface SiteLink {
  href: string;
  text: string;
}

export type PageKind = 'home' | 'category' | 'subcategory' | 'listing' | 'product' | 'info' | 'service' | 'contact' | 'news';

export interface SitePage {
  path: string;
  kind: PageKind;
  title: string;
  /** Breadcrumb above the heading (static links). */
  crumbs: SiteLink[];
  /** Links in the page's own content (static), in document order. */
  links: SiteLink[];
  /** Deterministic filler: paragraphs, product facts. */
  paragraphs: string[];
  price?: string;
  articleNumber?: string;
}

export interface SiteModel {
  spec: SiteSpec;
  company: string;
  /** Header menu and footer links, the same on every page. */
  nav: SiteLink[];
  footer: SiteLink[];
  pages: Map<string, SitePage>;
  contactPath: string;
}

const CATEGORIES = ['Kök', 'Badrum', 'Trädgård', 'Belysning', 'Verktyg', 'Förvaring'];
const SUBCATEGORIES = ['Nyheter', 'Bästsäljare', 'Tillbehör', 'Reservdelar', 'Premium', 'Basserien', 'Kampanj', 'Ekologiskt', 'Proffs', 'Design'];
const NOUNS = ['lampa', 'hylla', 'kran', 'spade', 'borrmaskin', 'låda', 'handduk', 'kruka', 'stege', 'skruvset', 'matta', 'spegel'];
const ADJECTIVES = ['Robust', 'Smidig', 'Klassisk', 'Modern', 'Nordisk', 'Kompakt', 'Stor', 'Liten', 'Lätt', 'Hållbar'];
const WORDS = ['kvalitet', 'hemmet', 'leverans', 'material', 'garanti', 'design', 'miljö', 'vardag', 'funktion', 'pris',
  'montering', 'skötsel', 'trä', 'stål', 'glas', 'färg', 'storlek', 'tillverkad', 'Sverige', 'hållbar'];
const PRODUCTS_PER_LISTING = 24;
const FEATURED = 4;
const RELATED = 4;

/** A small seeded generator (mulberry32), so filler text is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/å|ä/g, 'a').replace(/ö/g, 'o').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function filler(random: () => number, sentences: number): string {
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const length = 8 + Math.floor(random() * 8);
    const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    out.push(`${words[0]!.charAt(0).toUpperCase()}${words.join(' ').slice(1)}.`);
  }
  return out.join(' ');
}

/** Subcategories per category: a bigger shop has a wider catalogue, not just longer lists. */
export function subcategoriesPerCategory(pages: number): number {
  return Math.max(2, Math.min(SUBCATEGORIES.length, Math.round(pages / 120)));
}

interface Layout {
  subcategories: number;
  products: number;
  /** Listing pages beyond each subcategory's first, per subcategory. */
  extraListings: number[];
  news: number;
}

const INFO_PAGES = 5; // om-oss, integritet, köpvillkor, leverans-och-retur, nyheter
const SERVICE_PAGES = 4; // kundservice, vanliga frågor, hjälp, contact page

function layoutFor(pages: number): Layout {
  const subcategories = subcategoriesPerCategory(pages);
  const fixed = 1 + INFO_PAGES + SERVICE_PAGES + CATEGORIES.length + CATEGORIES.length * subcategories;
  const buckets = CATEGORIES.length * subcategories;
  const extraFor = (products: number) => Array.from({ length: buckets }, (_, bucket) => {
    const inBucket = Math.floor(products / buckets) + (bucket < products % buckets ? 1 : 0);
    return Math.max(0, Math.ceil(inBucket / PRODUCTS_PER_LISTING) - 1);
  });
  const total = (products: number) => fixed + products + extraFor(products).reduce((a, b) => a + b, 0);
  if (total(FEATURED * RELATED) > pages) throw new Error(`a synthetic site needs at least ${total(FEATURED * RELATED)} pages, not ${pages}`);
  let products = pages - fixed;
  while (total(products) > pages) products--;
  // Adding a product may add a listing page too; a news article fills the last page exactly.
  return { subcategories, products, extraListings: extraFor(products), news: pages - total(products) };
}

export function buildSiteModel(spec: SiteSpec): SiteModel {
  if (![1, 2, 3].includes(spec.contactDepth)) throw new Error(`contact depth must be 1, 2 or 3, not ${spec.contactDepth}`);
  const layout = layoutFor(spec.pages);
  const random = seeded(spec.pages * 7 + spec.contactDepth);
  const pages = new Map<string, SitePage>();
  const add = (page: SitePage) => {
    if (pages.has(page.path)) throw new Error(`duplicate page ${page.path}`);
    pages.set(page.path, page);
  };
  const home: SiteLink = { href: '/', text: 'Start' };
  const contactPath = spec.contactDepth === 1 ? '/kontakt/' : spec.contactDepth === 2 ? '/kundservice/kontakt/' : '/kundservice/hjalp/kontakt/';

  // Catalogue: categories → subcategories (listing page 1) → further listing pages; products spread round-robin.
  const categoryLinks = CATEGORIES.map((name) => ({ href: `/kategori/${slug(name)}/`, text: name }));
  const buckets: Array<{ category: SiteLink; sub: SiteLink; products: SiteLink[] }> = [];
  for (const category of categoryLinks) {
    for (let s = 0; s < layout.subcategories; s++) {
      const name = SUBCATEGORIES[s]!;
      buckets.push({ category, sub: { href: `${category.href}${slug(name)}/`, text: `${category.text}: ${name}` }, products: [] });
    }
  }
  const products: Array<{ link: SiteLink; bucket: number }> = [];
  for (let p = 0; p < layout.products; p++) {
    const bucket = p % buckets.length;
    const name = `${ADJECTIVES[p % ADJECTIVES.length]} ${NOUNS[Math.floor(p / ADJECTIVES.length) % NOUNS.length]} ${100 + p}`;
    const link = { href: `/produkt/${1000 + p}-${slug(name)}/`, text: name };
    buckets[bucket]!.products.push(link);
    products.push({ link, bucket });
  }

  const nav: SiteLink[] = [home, ...categoryLinks, { href: '/kundservice/', text: 'Kundservice' }, { href: '/om-oss/', text: 'Om oss' }];
  if (spec.contactDepth === 1) nav.push({ href: '/kontakt/', text: 'Kontakt' });
  const footer: SiteLink[] = [
    { href: '/om-oss/', text: 'Om oss' }, { href: '/nyheter/', text: 'Nyheter' }, { href: '/kopvillkor/', text: 'Köpvillkor' },
    { href: '/leverans-och-retur/', text: 'Leverans och retur' }, { href: '/integritet/', text: 'Integritetspolicy' },
    { href: '/kundservice/', text: 'Kundservice' },
  ];

  const featured = products.slice(0, FEATURED).map((product) => product.link);
  add({
    path: '/', kind: 'home', title: 'Allt för hemmet', crumbs: [],
    links: [...categoryLinks, ...featured], paragraphs: [filler(random, 3), filler(random, 2)],
  });
  for (const category of categoryLinks) {
    const subs = buckets.filter((bucket) => bucket.category === category).map((bucket) => bucket.sub);
    add({ path: category.href, kind: 'category', title: category.text, crumbs: [home], links: subs, paragraphs: [filler(random, 2)] });
  }
  buckets.forEach((bucket, index) => {
    const listingPages = 1 + layout.extraListings[index]!;
    const pageLinks = Array.from({ length: listingPages - 1 }, (_, k) => ({ href: `${bucket.sub.href}sida-${k + 2}/`, text: `Sida ${k + 2}` }));
    for (let k = 0; k < listingPages; k++) {
      const shown = bucket.products.slice(k * PRODUCTS_PER_LISTING, (k + 1) * PRODUCTS_PER_LISTING);
      const others = [{ href: bucket.sub.href, text: 'Sida 1' }, ...pageLinks].filter((_, i) => i !== k);
      add({
        path: k === 0 ? bucket.sub.href : pageLinks[k - 1]!.href, kind: k === 0 ? 'subcategory' : 'listing',
        title: k === 0 ? bucket.sub.text : `${bucket.sub.text} – sida ${k + 1}`, crumbs: [home, bucket.category],
        links: [...shown, ...others], paragraphs: [filler(random, 1)],
      });
    }
  });
  products.forEach((product, index) => {
    const bucket = buckets[product.bucket]!;
    const position = bucket.products.indexOf(product.link);
    const related = Array.from({ length: Math.min(RELATED, bucket.products.length - 1) }, (_, r) => bucket.products[(position + r + 1) % bucket.products.length]!);
    add({
      path: product.link.href, kind: 'product', title: product.link.text, crumbs: [home, bucket.category, bucket.sub], links: related,
      paragraphs: [filler(random, 3), filler(random, 2)],
      price: `${199 + ((index * 37) % 2800)} kr`, articleNumber: String(100000 + index),
    });
  });

  const info = (path: string, title: string, links: SiteLink[] = []) =>
    add({ path, kind: 'info', title, crumbs: [home], links, paragraphs: [filler(random, 4), filler(random, 3)] });
  info('/om-oss/', 'Om Byggbutiken Exempel');
  info('/integritet/', 'Integritetspolicy');
  info('/kopvillkor/', 'Köpvillkor');
  info('/leverans-och-retur/', 'Leverans och retur');
  const newsLinks = Array.from({ length: layout.news }, (_, n) => ({ href: `/nyheter/${n + 1}/`, text: `Nyhet ${n + 1}` }));
  info('/nyheter/', 'Nyheter', newsLinks);
  for (const link of newsLinks) add({ path: link.href, kind: 'news', title: link.text, crumbs: [home], links: [], paragraphs: [filler(random, 4)] });

  const service = (path: string, title: string, links: SiteLink[]) =>
    add({ path, kind: 'service', title, crumbs: [home], links, paragraphs: [filler(random, 3)] });
  const contactLink = { href: contactPath, text: 'Kontakta oss' };
  service('/kundservice/', 'Kundservice', [
    { href: '/kundservice/vanliga-fragor/', text: 'Vanliga frågor' }, { href: '/kundservice/hjalp/', text: 'Hjälp med din order' },
    ...(spec.contactDepth === 2 ? [contactLink] : []),
  ]);
  service('/kundservice/vanliga-fragor/', 'Vanliga frågor', []);
  service('/kundservice/hjalp/', 'Hjälp med din order', spec.contactDepth === 3 ? [contactLink] : []);
  add({ path: contactPath, kind: 'contact', title: 'Kontakta oss', crumbs: [home], links: [], paragraphs: [] });

  if (pages.size !== spec.pages) throw new Error(`synthetic site has ${pages.size} pages, expected ${spec.pages}`);
  return { spec, company: 'Byggbutiken Exempel AB', nav, footer, pages, contactPath };
}

/**
 * Every link a person can follow on a page, in document order: header menu, breadcrumb, content,
 * footer. Without `scripted`, the links a script writes (the js-nav variant's menu and footer) are left out.
 */
export function linksOf(model: SiteModel, page: SitePage, scripted = true): SiteLink[] {
  const chrome = scripted || model.spec.variant !== 'js-nav';
  return [...(chrome ? model.nav : [model.nav[0]!]), ...page.crumbs, ...page.links, ...(chrome ? model.footer : [])];
}

/** Pages in breadth-first order by clicks from the home page, with their depth; `scripted` as for `linksOf`. */
export function breadthFirst(model: SiteModel, scripted = true): Array<{ path: string; depth: number }> {
  const depth = new Map<string, number>([['/', 0]]);
  const order = ['/'];
  for (let i = 0; i < order.length; i++) {
    const path = order[i]!;
    for (const link of linksOf(model, model.pages.get(path)!, scripted)) {
      if (!depth.has(link.href) && model.pages.has(link.href)) {
        depth.set(link.href, depth.get(path)! + 1);
        order.push(link.href);
      }
    }
  }
  return order.map((path) => ({ path, depth: depth.get(path)! }));
}
