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
  /**
   * Rounds per site (`--repeat`): kontaktkoll at defaults, `--engine browser` and the raw loop, in
   * turn, each round; the median of each is reported. A site near a ratio target moves across it
   * between single runs.
   */
  repeat: number;
}

/** `--builds`: fixture audits with each Chromium build installed (headless shell, full browser). */
export interface BuildsBenchOptions {
  builds: true;
  /** Fixture site names (`--site`). */
  fixtures: string[];
  /** Executables to compare (`--browsers`); null: the first system headless shell and the first full browser. */
  browsers: string[] | null;
  repeat: number;
  output: string;
}

/** Fixtures `--builds` audits by default: the demo site, a menu a script writes, a consent dialog, a deep contact page. */
export const BUILDS_FIXTURES = ['footer-contact', 'script-chrome', 'consent-onetrust', 'deep-contact'];

/** `--print <file>`: show a saved run again (targets re-checked), measuring nothing. */
export interface PrintOnly {
  print: string;
}

export const USAGE = `npm run bench [-- options]
npm run bench -- --real [--site <ids>] [--kinds <kinds>] [options]
npm run bench -- --builds [--site <fixtures>] [--repeat <n>] [--browsers <paths>]

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
  --repeat <n>            rounds per site of kontaktkoll (both ways) and the raw loop, the median of each reported (default 1)
  --no-peers              kontaktkoll only
  --output <file>         results file (default bench/real-results.json)

--builds: fixture sites audited with --engine browser under each Chromium build installed here
(Chromium's headless shell and the full browser run headless), each audit its own process, one
at a time: time to a verdict and the CPU time of its process tree, browser included.
  --site <names>          fixtures (default ${BUILDS_FIXTURES.join(',')})
  --browsers <paths>      the executables to compare (default: the first system headless shell and full browser)
  --repeat <n>            audits per fixture and build, the median reported (default 3)
  --output <file>         results file (default bench/builds-results.json)
`;

const SYNTHETIC_ONLY = ['quick', 'sizes', 'depths', 'variants'] as const;
const REAL_ONLY = ['site', 'kinds', 'mirrors'] as const;
const BUILDS_ALLOWED = new Set(['builds', 'site', 'browsers', 'repeat', 'output', 'no-peers']);

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

export function parseBenchOptions(argv: string[]): BenchOptions | RealBenchOptions | BuildsBenchOptions | PrintOnly | 'help' {
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
      builds: { type: 'boolean', default: false },
      browsers: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  if (values.print) return { print: values.print };
  if (values.builds) {
    const other = Object.entries(values).find(([name, value]) => !BUILDS_ALLOWED.has(name) && value !== undefined && value !== false);
    if (other) throw new Error(`--${other[0]} is not for --builds`);
    return parseBuildsOptions(values);
  }
  if (values.browsers !== undefined) throw new Error('--browsers needs --builds');
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
  const repeat = parseRepeat(values.repeat, quick ? 3 : 1);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b), depths: [...new Set(depths)].sort(), variants: [...new Set(variants)],
    peerBudgetSeconds: budget, concurrency, repeat, peers: values['no-peers'] !== true, output: values.output ?? 'bench/results.json', quick,
  };
}

function parseRepeat(text: string | undefined, fallback: number): number {
  const repeat = Number(text ?? fallback);
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 9) throw new Error('--repeat must be 1–9');
  return repeat;
}

/** `--site`, given once or more, each a comma list of ids (corpus sites, fixtures): each once; null when not given. */
function siteIds(given: string[] | undefined): string[] | null {
  return given ? [...new Set(list('--site', given.join(','), (item) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(item) ? item : null)))] : null;
}

function parseConcurrency(text: string): number {
  const concurrency = Number(text);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) throw new Error('--concurrency must be 1–16');
  return concurrency;
}

function parseRealOptions(values: {
  site?: string[]; kinds?: string; mirrors?: string; concurrency?: string; 'peer-budget'?: string; 'no-peers'?: boolean; output?: string; repeat?: string;
}): RealBenchOptions {
  const sites = siteIds(values.site);
  const kinds = values.kinds
    ? [...new Set(list('--kinds', values.kinds, (item) => (siteKindSchema.options as readonly string[]).includes(item) ? (item as SiteKind) : null))]
    : null;
  const budget = Number(values['peer-budget'] ?? 45);
  if (!(budget > 0)) throw new Error('--peer-budget must be a positive number of seconds');
  const repeat = parseRepeat(values.repeat, 1);
  return {
    real: true, sites, kinds, repeat,
    concurrency: values.concurrency === undefined ? null : parseConcurrency(values.concurrency),
    peerBudgetSeconds: budget, peers: values['no-peers'] !== true,
    output: values.output ?? 'bench/real-results.json',
    mirrors: values.mirrors ?? null,
  };
}

function parseBuildsOptions(values: { site?: string[]; browsers?: string; repeat?: string; output?: string }): BuildsBenchOptions {
  const fixtures = siteIds(values.site) ?? BUILDS_FIXTURES;
  const repeat = parseRepeat(values.repeat, 3);
  const browsers = values.browsers === undefined ? null : list('--browsers', values.browsers, (item) => item);
  if (browsers && browsers.length < 2) throw new Error('--browsers names at least two executables to compare');
  return { builds: true, fixtures, browsers, repeat, output: values.output ?? 'bench/builds-results.json' };
}
