/**
 * Guards that decide which vendor patterns are safe and specific enough to use. Globals and
 * selectors are evaluated in every crawled page, and script patterns run against every script
 * URL, so a pattern that is generic ("chat", `window.boost`) or malformed costs either false
 * chats or crawl time. Each guard errs towards dropping a pattern.
 */

/** Wappalyzer appends tags to patterns: `pattern\;version:\1\;confidence:50`. */
export interface TaggedPattern {
  source: string;
  confidence: number;
  /** The pattern only captures a version; its value does not narrow the match. */
  versionOnly: boolean;
}

export function splitTags(raw: string): TaggedPattern {
  const [source = '', ...tags] = raw.split('\\;');
  let confidence = 100;
  let version = false;
  for (const tag of tags) {
    const [key, value = ''] = tag.split(':');
    if (key === 'confidence') confidence = Number.parseInt(value, 10) || 0;
    if (key === 'version') version = true;
  }
  return { source, confidence, versionOnly: version && VERSION_CAPTURE.test(source) };
}

/** `^([\d\.]+)$`, `([\d.]+)`, `^(.+)$`, `^([\d\.]+[a-z]?)$`: a value that is any version at all. */
const VERSION_CAPTURE = /^\^?\((?:\[\\d[^\]]*\][+*](?:\[a-z\]\?)?|\.\+)\)\$?$/;

/** Below this Wappalyzer itself would not report the product on that pattern alone. */
const MIN_CONFIDENCE = 50;

/**
 * Nested quantifiers such as `(a+)+` can backtrack catastrophically on a long URL. Coarse: it
 * also drops the harmless `(?:\.\d+)*` of one Wappalyzer pattern (Quixchat keeps its global).
 */
const NESTED_QUANTIFIER = /\([^()]*[+*][^()]*\)[+*{]/;

/**
 * URLs every site loads that no chat pattern may match: a pattern that does is too loose to
 * tell a chat widget from analytics. None in today's data does; this guards future updates of
 * the vendored Wappalyzer file, which nobody reviews pattern by pattern.
 */
const CONTROL_URLS = [
  'https://www.exempel.se/',
  'https://www.exempel.se/assets/app.js',
  'https://www.googletagmanager.com/gtm.js?id=GTM-ABC123',
  'https://www.google-analytics.com/analytics.js',
  'https://static.hotjar.com/c/hotjar-123456.js?sv=6',
  'https://connect.facebook.net/en_US/fbevents.js',
  'https://consent.cookiebot.com/uc.js',
  'https://cdn.jsdelivr.net/npm/jquery@3/dist/jquery.min.js',
  'https://js.hs-scripts.com/123456.js',
  'https://www.youtube.com/embed/abc',
];

/** A script-URL pattern compiled as Wappalyzer does (case-insensitive), or null when unusable. */
export function compileScriptPattern(raw: string): RegExp | null {
  const { source, confidence } = splitTags(raw);
  if (source.trim() === '' || confidence < MIN_CONFIDENCE || NESTED_QUANTIFIER.test(source)) return null;
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'i');
  } catch {
    return null;
  }
  return CONTROL_URLS.some((url) => regex.test(url)) ? null : regex;
}

/**
 * Globals that are ordinary words or common library names: a site may define them for reasons
 * that have nothing to do with a chat vendor.
 */
const GENERIC_GLOBALS = new Set(
  ['boost', 'drift', 'acquire', 'qualified', 'groove', 'gist', 'talk', 'chat', 'chatapp', 'posh', 'poshie',
    'merlin', 'element', 'widget', 'gobot', 'subiz', 'webim', 'haptik', 'quickchat', 'zendesk', 'callbell']
    .map((name) => name.toLowerCase()),
);

const PLAIN_IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A global worth probing: a plain identifier (no property path), specific enough to mean the vendor. */
export function isUsableGlobal(name: string): boolean {
  return PLAIN_IDENTIFIER.test(name) && name.length >= 2 && !GENERIC_GLOBALS.has(name.toLowerCase());
}

const ATTRIBUTE = String.raw`\[[a-z][\w-]*(?:[*^$~|]?=(?:'[^'"\\]*'|"[^'"\\]*"))?\]`;
const SIMPLE_PART = String.raw`(?:#[A-Za-z_][\w-]*|\.[A-Za-z_][\w-]*|${ATTRIBUTE})`;
/** One compound selector: optional tag, then at least one id, class or attribute test; no combinators. */
const SIMPLE_SELECTOR = new RegExp(String.raw`^(?:[a-z][a-z0-9-]*)?${SIMPLE_PART}+$`);

/** Elements whose presence says "a link to another channel" or nothing at all, never "a chat widget". */
const NON_WIDGET_TAGS = new Set(['a', 'option', 'style', 'meta']);

/** Words that any site's markup may use for its own chat-ish or layout elements. */
const GENERIC_WORDS = new Set([
  'live', 'chat', 'chats', 'livechat', 'loader', 'placeholder', 'widget', 'widgets', 'container', 'button',
  'btn', 'launcher', 'bubble', 'frame', 'iframe', 'box', 'chatbox', 'support', 'messenger', 'message',
  'messages', 'window', 'wrapper', 'root', 'app', 'icon', 'open', 'close', 'init', 'js', 'main', 'contact',
  'help', 'bot', 'chatbot', 'popup', 'modal', 'dialog', 'online', 'customer', 'service', 'www', 'http',
  'https', 'com', 'net', 'io', 'embed', 'script', 'client', 'handle', 'toggle', 'overlay', 'data', 'src', 'href',
]);

/** True for a selector a browser and css-select both accept and that is specific to one vendor. */
export function isUsableSelector(selector: string): boolean {
  if (!SIMPLE_SELECTOR.test(selector)) return false;
  const tag = /^[a-z][a-z0-9-]*/.exec(selector)?.[0] ?? '';
  if (NON_WIDGET_TAGS.has(tag)) return false;
  return !isGenericSelector(selector);
}

function isGenericSelector(selector: string): boolean {
  const identifying = selector
    .replace(/^[a-z][a-z0-9-]*/, '')
    .replace(/\[([a-z][\w-]*)(?:[*^$~|]?=(['"])(.*?)\2)?\]/g, (_all, name: string, _q, value?: string) =>
      ` ${value ?? name} `);
  const words = identifying.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length >= 2);
  return words.every((word) => GENERIC_WORDS.has(word) || /^\d+$/.test(word));
}
