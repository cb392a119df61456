import { parseArgs } from 'node:util';
import { siteKindSchema, type CorpusSite } from '../corpus/src/manifest.js';
import { SITE_VARIANTS, type ContactDepth, type SiteVariant } from './site/site-model.js';

export interface BenchOptions {
  sizes: number[];
  depths: ContactDepth[];
  variants: SiteVariant[];
  /** Seconds each peer's full crawl may take before it is cut and extrapolated. */
  peerBudgetSeconds: number;
  concurrency: number;
  /** kontaktkoll runs per site and engine; the median one (by time to a verdict) is reported. */
  repeat: number;
  peers: boolean;
  output: string;
  quick: boolean;
}

export type SiteKind = CorpusSite['kind'];

/** `--real`: the corpus's real sites instead of the synthetic shops. */
export interface RealBenchOptions {
  real: true;
  /** Corpus site ids (`--site`); null: every site with a mirror. */
  sites: string[] | null;
  /** The yaml's `kind`s to keep (`--kinds`); null: every kind. */
  kinds: SiteKind[] | null;
  /** `--concurrency`, passed to kontaktkoll and the peers; null: kontaktkoll's default, which the peers then use too. */
  concurrency: number | null;
  /** Seconds Crawlee's crawl of a site may take before it is cut. */
  peerBudgetSeconds: number;
  peers: boolean;
  output: string;
  /** Folder of the repository mirrors; null: $KONTAKTKOLL_CORPUS_MIRRORS, else ../.mirror beside the project. */
  mirrors: string | null;
}

/** `--print <file>`: show a saved run again (targets re-checked), measuring nothing. */
export interface PrintOnly {
  print: string;
}

export const USAGE = `npm run bench [-- options]
npm run bench -- --real [--site <ids>] [--kinds <kinds>] [options]

Serves synthetic shop sites on 127.0.0.1 and measures kontaktkoll's time to a verdict against a
raw Playwright loop and Crawlee's PlaywrightCrawler and CheerioCrawler doing a full crawl.
With --real it does the same on the corpus's real sites (corpus/sites/), each served on
127.0.0.1 from its local mirror, every browser unable to resolve any other host.

  --quick                 the 1,000-page site with contact at depth 2 only, peers cut at 30 s (~2–3 min)
  --sizes <list>          site sizes in pages (default 100,1000,5000)
  --depths <list>         clicks to the contact page: 1,2,3 (default all)
  --variants <list>       plain, js-nav, consent (default all); js-nav and consent run at 1,000 pages
                          (or the smallest size asked for) with contact at depth 2 (or the first depth)
  --peer-budget <s>       seconds a peer's full crawl may run before it is cut and extrapolated (default 45; 30 with --quick)
  --concurrency <n>       tabs at once for kontaktkoll and every peer (default 4, kontaktkoll's default)
  --repeat <n>            kontaktkoll audits per site and engine, the median reported (default 1; 3 with --quick)
  --no-peers              kontaktkoll only
  --output <file>         results file (default bench/results.json)
  --print <file>          print a saved results file (synthetic or --real) as a table again; measures nothing
  -h, --help              this text

--real: per site, each in its own process: kontaktkoll at defaults (engine auto, default budgets),
kontaktkoll --engine browser, the raw Playwright loop over the pages that audit examined, and
Crawlee's PlaywrightCrawler (cut at --peer-budget).
  --site <ids>            only these corpus sites, e.g. dk-mb-haveservice,se-godesity (default all with a mirror)
  --kinds <list>          only sites of these kinds: ${siteKindSchema.options.join(', ')}
  --mirrors <dir>         repository mirrors (default $KONTAKTKOLL_CORPUS_MIRRORS, else ../.mirror beside the project)
  --concurrency <n>       tabs for kontaktkoll and the peers (default: kontaktkoll's own default, not passed to it)
  --peer-budget <s>       seconds Crawlee's crawl of a site may run (default 45)
  --no-peers              kontaktkoll only
  --output <file>         results file (default bench/real-results.json)
`;

const SYNTHETIC_ONLY = ['quick', 'sizes', 'depths', 'variants', 'repeat'] as const;
const REAL_ONLY = ['site', 'kinds', 'mirrors'] as const;

function list<T>(flag: string, text: string, parse: (item: string) => T | null): T[] {
  const items = text.split(',').map((item) => item.trim()).filter(Boolean);
  const parsed = items.map((item) => {
    const value = parse(item);
    if (value === null) throw new Error(`${flag}: "${item}" is not allowed`);
    return value;
  });
  if (parsed.length === 0) throw new Error(`${flag} needs at least one value`);
  return parsed;
}

export function parseBenchOptions(argv: string[]): BenchOptions | RealBenchOptions | PrintOnly | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      depths: { type: 'string' },
      variants: { type: 'string' },
      'peer-budget': { type: 'string' },
      concurrency: { type: 'string' },
      repeat: { type: 'string' },
      'no-peers': { type: 'boolean', default: false },
      output: { type: 'string' },
      print: { type: 'string' },
      real: { type: 'boolean', default: false },
      site: { type: 'string', multiple: true },
      kinds: { type: 'string' },
      mirrors: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  if (values.print) return { print: values.print };
  if (values.real) {
    const synthetic = SYNTHETIC_ONLY.filter((name) => values[name] !== undefined && values[name] !== false);
    if (synthetic.length > 0) throw new Error(`--${synthetic[0]} is for the synthetic bench, not --real`);
    return parseRealOptions(values);
  }
  const realOnly = REAL_ONLY.filter((name) => values[name] !== undefined);
  if (realOnly.length > 0) throw new Error(`--${realOnly[0]} needs --real`);
  const quick = values.quick === true;
  const sizes = list('--sizes', values.sizes ?? (quick ? '1000' : '100,1000,5000'), (item) => {
    const n = Number(item);
    return Number.isInteger(n) && n >= 100 && n <= 50_000 ? n : null;
  });
  const depths = list('--depths', values.depths ?? (quick ? '2' : '1,2,3'), (item) => (['1', '2', '3'].includes(item) ? (Number(item) as ContactDepth) : null));
  const variants = list('--variants', values.variants ?? (quick ? 'plain' : SITE_VARIANTS.join(',')), (item) =>
    (SITE_VARIANTS as readonly string[]).includes(item) ? (item as SiteVariant) : null);
  const budget = Number(values['peer-budget'] ?? (quick ? 30 : 45));
  const concurrency = parseConcurrency(values.concurrency ?? '4');
  if (!(budget > 0)) throw new Error('--peer-budget must be a positive number of seconds');
  const repeat = Number(values.repeat ?? (quick ? 3 : 1));
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 9) throw new Error('--repeat must be 1–9');
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b), depths: [...new Set(depths)].sort(), variants: [...new Set(variants)],
    peerBudgetSeconds: budget, concurrency, repeat, peers: values['no-peers'] !== true, output: values.output ?? 'bench/results.json', quick,
  };
}

function parseConcurrency(text: string): number {
  const concurrency = Number(text);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) throw new Error('--concurrency must be 1–16');
  return concurrency;
}

function parseRealOptions(values: {
  site?: string[]; kinds?: string; mirrors?: string; concurrency?: string; 'peer-budget'?: string; 'no-peers'?: boolean; output?: string;
}): RealBenchOptions {
  const sites = values.site
    ? [...new Set(list('--site', values.site.join(','), (item) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(item) ? item : null)))]
    : null;
  const kinds = values.kinds
    ? [...new Set(list('--kinds', values.kinds, (item) => (siteKindSchema.options as readonly string[]).includes(item) ? (item as SiteKind) : null))]
    : null;
  const budget = Number(values['peer-budget'] ?? 45);
  if (!(budget > 0)) throw new Error('--peer-budget must be a positive number of seconds');
  return {
    real: true, sites, kinds,
    concurrency: values.concurrency === undefined ? null : parseConcurrency(values.concurrency),
    peerBudgetSeconds: budget, peers: values['no-peers'] !== true,
    output: values.output ?? 'bench/real-results.json',
    mirrors: values.mirrors ?? null,
  };
}
