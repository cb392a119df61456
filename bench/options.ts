import { parseArgs } from 'node:util';
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

/** `--print <file>`: show a saved run again (targets re-checked), measuring nothing. */
export interface PrintOnly {
  print: string;
}

export const USAGE = `npm run bench [-- options]

Serves synthetic shop sites on 127.0.0.1 and measures kontaktkoll's time to a verdict against a
raw Playwright loop and Crawlee's PlaywrightCrawler and CheerioCrawler doing a full crawl.

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
  --print <file>          print a saved results file as a table again; measures nothing
  -h, --help              this text
`;

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

export function parseBenchOptions(argv: string[]): BenchOptions | PrintOnly | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      depths: { type: 'string' },
      variants: { type: 'string' },
      'peer-budget': { type: 'string' },
      concurrency: { type: 'string', default: '4' },
      repeat: { type: 'string' },
      'no-peers': { type: 'boolean', default: false },
      output: { type: 'string', default: 'bench/results.json' },
      print: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  if (values.print) return { print: values.print };
  const quick = values.quick === true;
  const sizes = list('--sizes', values.sizes ?? (quick ? '1000' : '100,1000,5000'), (item) => {
    const n = Number(item);
    return Number.isInteger(n) && n >= 100 && n <= 50_000 ? n : null;
  });
  const depths = list('--depths', values.depths ?? (quick ? '2' : '1,2,3'), (item) => (['1', '2', '3'].includes(item) ? (Number(item) as ContactDepth) : null));
  const variants = list('--variants', values.variants ?? (quick ? 'plain' : SITE_VARIANTS.join(',')), (item) =>
    (SITE_VARIANTS as readonly string[]).includes(item) ? (item as SiteVariant) : null);
  const budget = Number(values['peer-budget'] ?? (quick ? 30 : 45));
  const concurrency = Number(values.concurrency);
  if (!(budget > 0)) throw new Error('--peer-budget must be a positive number of seconds');
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) throw new Error('--concurrency must be 1–16');
  const repeat = Number(values.repeat ?? (quick ? 3 : 1));
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 9) throw new Error('--repeat must be 1–9');
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b), depths: [...new Set(depths)].sort(), variants: [...new Set(variants)],
    peerBudgetSeconds: budget, concurrency, repeat, peers: values['no-peers'] !== true, output: values.output ?? 'bench/results.json', quick,
  };
}
