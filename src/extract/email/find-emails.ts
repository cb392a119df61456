import { isPlausibleEmail } from './plausible-email.js';
import { hasInvisible, originalSlice, stripInvisible } from './strip-invisible.js';

/** One address found in a piece of text. */
export interface FoundEmail {
  /** Normalised, lower-case address. */
  value: string;
  /** The matched text as a person reads it (invisible characters removed). */
  display: string;
  obfuscated: boolean;
}

const OPEN = String.raw`[\[({<]`;
const CLOSE = String.raw`[\])}>]`;
const LOCAL_CHARS = String.raw`[\p{L}\p{N}_%+\-]+`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?`;

/** "@", "[at]", "(a)", "{snabel-a}", "(małpa)", " snabel-a ", and the riskier " @ " / " at " (checked later). */
const AT = String.raw`(?:@|\s*${OPEN}\s*(?:at|a|@|snabel-?a|małpa|ät)\s*${CLOSE}\s*|\s+(?:snabel-?a|@|at)\s+)`;
const BRACKETED_DOT = String.raw`\s*${OPEN}\s*(?:dot|punkt|prick|pkt|kropka|piste|\.)\s*${CLOSE}\s*`;
/** In the domain a dot may also be spaced (" . ") or the bare word " dot ". "firma. Se" is a sentence, not a dot. */
const DOMAIN_DOT = String.raw`(?:\.|\s+\.\s+|${BRACKETED_DOT}|\s+dot\s+)`;
const LOCAL_DOT = String.raw`(?:\.|${BRACKETED_DOT}|\s+dot\s+)`;

const EMAIL_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-@])(${LOCAL_CHARS}(?:${LOCAL_DOT}${LOCAL_CHARS})*)(${AT})(${LABEL}(?:${DOMAIN_DOT}${LABEL})+)`,
  'giu',
);
const DOMAIN_DOT_SPLIT = new RegExp(DOMAIN_DOT, 'giu');
const LOCAL_DOT_SPLIT = new RegExp(LOCAL_DOT, 'giu');

type AtKind = 'plain' | 'loose' | 'marked';

function atKind(at: string): AtKind {
  if (at === '@') return 'plain';
  // A spaced "@" or the bare word "at" is ordinary prose ("Följ oss @ Instagram", Danish "at")
  // unless the dots are written out as well.
  if (/^\s+(?:@|at)\s+$/i.test(at)) return 'loose';
  return 'marked';
}

function separators(text: string, splitter: RegExp): string[] {
  return [...text.matchAll(splitter)].map((m) => m[0]);
}

/** Far enough back to see a URL's "://"; bounded so a long run without spaces stays linear. */
const MAX_TOKEN_LOOKBACK = 300;

/** The non-space run that ends at `end`. */
function tokenBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < MAX_TOKEN_LOOKBACK && !/\s/.test(text[start - 1] ?? ' ')) start--;
  return text.slice(start, end);
}

/** Every plausible e-mail address in one text, plain or obfuscated, in order of appearance. */
export function findEmails(original: string): FoundEmail[] {
  const cleaned = stripInvisible(original);
  const text = cleaned.text;
  const found: FoundEmail[] = [];
  for (const match of text.matchAll(EMAIL_PATTERN)) {
    const [whole, localRaw = '', at = '', domainRaw = ''] = match;
    const start = match.index;
    const domainSeps = separators(domainRaw, DOMAIN_DOT_SPLIT);
    const kind = atKind(at);
    if (kind === 'loose' && domainSeps.every((sep) => sep === '.')) continue;
    // The password part of "https://user:pass@host" is not an address.
    if (tokenBefore(text, start).includes('://')) continue;
    const local = localRaw.replace(LOCAL_DOT_SPLIT, '.').toLowerCase();
    const domain = domainRaw.replace(DOMAIN_DOT_SPLIT, '.').toLowerCase();
    if (!isPlausibleEmail(local, domain)) continue;
    const value = `${local}@${domain}`;
    const raw = originalSlice(original, cleaned, start, start + whole.length);
    const obfuscated = hasInvisible(raw) || whole.toLowerCase() !== value;
    found.push({ value, display: whole, obfuscated });
  }
  return found;
}
