import { auditResultSchema, type AuditResult, type ChannelResult } from '../../src/model/audit-result.js';
import type { PathStep } from '../../src/model/click-path.js';
import type { ChannelName } from '../../src/model/channel-items.js';
import { emptySignals } from '../../src/model/signals.js';

/**
 * A fixed, valid AuditResult for renderer tests, built (not copied) so each test states only
 * what it changes. Values are realistic: a Swedish shop, phone one click deep, no chat.
 */
const SITE = 'https://www.exempel.se/';
export const START: PathStep = { action: 'start', label: 'Start', url: SITE };
const CONTACT: PathStep = { action: 'link', label: 'Kundservice', url: `${SITE}kundservice` };

const missing = (): ChannelResult => ({ found: false, clicks: null, path: [], structuredDataOnly: false, items: [] });

export function foundAt(path: PathStep[], item: Record<string, unknown>): ChannelResult {
  const clicks = path.length - 1;
  const pageUrl = path[path.length - 1]?.url ?? SITE;
  return { found: true, clicks, path, structuredDataOnly: false, items: [{ pageUrl, clicks, path, source: 'text', ...item }] } as ChannelResult;
}

export interface ResultParts {
  lang?: AuditResult['lang'];
  channels?: Partial<Record<ChannelName, ChannelResult>>;
  rules?: AuditResult['rules'];
  over?: Partial<AuditResult>;
}

export const RULES: AuditResult['rules'] = [
  {
    id: 'human-contact-within-2-clicks', title: 'A human within 2 clicks', severity: 'error', status: 'pass',
    message: 'A human is 1 click away.', sourceKind: 'principle', data: { channel: 'human', max: 2, clicks: 1 },
    sources: [{ title: 'E-Commerce Directive 2000/31/EC, art. 5(1)', url: 'https://eur-lex.europa.eu/eli/dir/2000/31/oj' }],
  },
  {
    id: 'email-given', title: 'An e-mail address is given', severity: 'error', status: 'fail',
    message: 'No e-mail address is shown.', sourceKind: 'law', data: { channel: 'email', clicks: null, structuredDataOnly: false },
    sources: [{ title: 'Lag (2002:562) om elektronisk handel, 8 §', url: 'https://www.riksdagen.se/sv/dokument-och-lagar/' }],
  },
  {
    id: 'opening-hours-stated', title: 'Opening hours are stated', severity: 'warning', status: 'warn',
    message: 'No opening hours are stated.', sourceKind: 'guidance', data: { appliesTo: 'any', clicks: null, schedule: '' },
    sources: [{ title: 'Kontakta – Trygg Kundkontakt', url: 'https://www.kontakta.se/' }],
  },
  {
    id: 'phone-not-premium-rate', title: 'The phone number costs no more than a normal call', severity: 'error', status: 'not-applicable',
    message: 'The phone number costs no more than a normal call', sourceKind: 'law', data: { numbers: '' },
    sources: [{ title: 'Consumer Rights Directive 2011/83/EU, art. 21', url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj' }],
  },
];

export function buildResult(parts: ResultParts = {}): AuditResult {
  const channels = {
    phone: foundAt([START, CONTACT], {
      value: '+46812345678', display: '08-123 456 78', evidence: 'Ring oss: 08-123 456 78',
      numberType: 'FIXED_LINE', premiumRate: false, sharedCost: false, country: 'SE', whatsapp: false,
    }),
    email: missing(),
    form: foundAt([START, CONTACT], { value: 'Kontakta oss', display: 'Kontakta oss', evidence: 'Kontakta oss', fields: ['Namn', 'E-post', 'Meddelande'], action: '/skicka', source: 'form' }),
    chat: missing(),
    address: foundAt([START], { value: 'Drottninggatan 25, 111 51 Stockholm', display: 'Drottninggatan 25, 111 51 Stockholm', evidence: 'Exempelbutiken AB, Drottninggatan 25, 111 51 Stockholm', street: 'Drottninggatan 25', postcode: '111 51', city: 'Stockholm', country: 'SE' }),
    hours: missing(),
    ...parts.channels,
  };
  return auditResultSchema.parse({
    schemaVersion: 1,
    tool: { name: 'kontaktkoll', version: '0.1.0' },
    startUrl: SITE, finalUrl: SITE,
    auditedAt: '2026-11-23T10:00:00.000Z',
    device: 'desktop', lang: parts.lang ?? 'en',
    rulePack: { id: 'se', title: 'Sweden – contact details and customer service', reason: "the site's domain .se" },
    region: 'SE', score: 62, grade: 'D', humanContactClicks: 1, channelChoice: 3,
    channels, signals: emptySignals(), rules: parts.rules ?? RULES,
    barriers: [{ kind: 'cookie-wall', pageUrl: SITE, clicks: 0, detail: 'Consent dialog covers the page' }],
    crawl: {
      pagesVisited: 9, pagesRendered: 9, stoppedBecause: 'max-pages', unexaminedFromClicks: 3, pagesNotExamined: 12, blockedByRobots: 1,
      errors: [{ url: `${SITE}trasig`, reason: 'HTTP 404' }], durationMs: 2310,
    },
    ...parts.over,
  });
}

/**
 * The `devices` section of a `--device both` result: the built result as the desktop run, and a
 * mobile run where the phone hides behind the menu (2 clicks) and the form is not found.
 */
export function bothDevices(base: AuditResult, mobileLabel = 'Meny'): NonNullable<AuditResult['devices']> {
  const crawl = base.crawl;
  const runOf = (device: 'desktop' | 'mobile', channels: Record<string, { found: boolean; clicks: number | null; path: PathStep[] }>, human: number | null) => ({
    device, humanContactClicks: human, channels, barriers: [], crawl,
  });
  const desktop = Object.fromEntries(Object.entries(base.channels).map(([name, channel]) => [name, { found: channel.found, clicks: channel.clicks, path: channel.path }]));
  const menu: PathStep = { action: 'menu', label: mobileLabel, url: SITE };
  const mobile = {
    ...desktop,
    phone: { found: true, clicks: 2, path: [START, menu, CONTACT] },
    form: { found: false, clicks: null, path: [] },
  };
  return {
    runs: [runOf('desktop', desktop, base.humanContactClicks), runOf('mobile', mobile, 2)],
    differences: [{ channel: 'phone', desktop: base.channels.phone.clicks, mobile: 2 }, { channel: 'form', desktop: base.channels.form.clicks, mobile: null }],
  };
}

export const SCRIPT = '<script>window.__pwned = 1</script>';
export const JS_URL = 'javascript:window.__pwned=1';

/** Every page-derived field a hostile page controls, filled with markup, script URLs, quotes and controls. */
export function hostileResult(): AuditResult {
  const evil = `"><img src=x onerror="window.__pwned=1">${SCRIPT}'\`|[x](${JS_URL})\u001b[31m=cmd|' /C calc'!A0`;
  const startEvil: PathStep = { action: 'start', label: evil, url: SITE };
  const linkEvil: PathStep = { action: 'link', label: `${SCRIPT} Kontakt`, url: JS_URL };
  return buildResult({
    channels: {
      phone: foundAt([startEvil, linkEvil], {
        value: '+46812345678', display: evil, evidence: evil, numberType: 'FIXED_LINE', premiumRate: false, sharedCost: false, country: 'SE', whatsapp: false,
      }),
      email: foundAt([startEvil], { value: `=HYPERLINK("${JS_URL}")`, display: `"<b>x</b>"@exempel.se`, evidence: evil, obfuscated: false }),
      chat: {
        ...foundAt([startEvil], {
          value: evil, display: evil, evidence: evil, vendor: evil, staffing: 'bot-with-handover', humanClicks: 1, human: true, basis: evil, source: 'script',
          staffingCues: { vendorKind: 'hybrid', vendorBasis: evil, bot: { text: evil, clicks: 0, pageUrl: JS_URL }, handover: { text: evil, clicks: 1, pageUrl: JS_URL } },
        }),
        screenshot: 'javascript:alert(1).png',
      },
    },
    rules: RULES.map((rule) => ({ ...rule, status: 'fail', message: `${rule.message} ${evil}`, sources: [...rule.sources, { title: evil, url: 'https://evil.example/"onmouseover="x' }] })),
    over: {
      devices: (() => {
        const devices = bothDevices(buildResult(), evil);
        devices.runs[1]!.channels[evil] = { found: true, clicks: 1, path: [START, { action: 'menu', label: evil, url: JS_URL }] };
        return { ...devices, differences: [{ channel: 'phone', desktop: 1, mobile: 2 }, { channel: evil, desktop: null, mobile: 1 }] };
      })(),
      finalUrl: `${SITE}?q=${encodeURIComponent(SCRIPT)}"'`,
      barriers: [{ kind: evil, pageUrl: JS_URL, clicks: 0, detail: evil }],
      crawl: {
        pagesVisited: 2, pagesRendered: 2, stoppedBecause: 'complete', unexaminedFromClicks: null, pagesNotExamined: 0, blockedByRobots: 0,
        errors: [{ url: JS_URL, reason: evil }], durationMs: 10,
      },
    },
  });
}
