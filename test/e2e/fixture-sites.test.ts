import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/run-audit.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { auditResultSchema, type AuditResult } from '../../src/model/audit-result.js';
import { CHANNEL_NAMES, type ChannelItem, type ChannelName } from '../../src/model/channel-items.js';
import { serveStaticSite } from '../../src/serve/static-site-server.js';
import { packagePath } from '../../src/util/package-root.js';
import { atMost } from '../helpers/at-most.js';
import { FIXTURES_DIR, fixtureNames, loadExpected, type Expected } from '../helpers/fixture-sites.js';
import { autoWithReference, expectReferenceVerdict, searchVerdictOf, verdictOf } from '../helpers/engine-verdict.js';
import { comparableValue, stepsOf } from '../helpers/fixture-verdict.js';

/** Who answers the nearest visible chat, for the fields expected.json names. */
function staffingOf(items: ChannelItem[], want: Expected['channels'][ChannelName]): { staffing?: string; humanClicks?: number | null } {
  const nearest = items.find((item) => item.source !== 'json-ld');
  const chat = nearest && 'staffing' in nearest ? nearest : undefined;
  return {
    ...(want!.staffing === undefined ? {} : { staffing: chat?.staffing }),
    ...(want!.humanClicks === undefined ? {} : { humanClicks: chat?.humanClicks }),
  };
}

const validateAgainstSchema = new Ajv2020.default({ allErrors: true, strict: false })
  .compile(JSON.parse(readFileSync(packagePath('schema', 'audit-result.schema.json'), 'utf8')));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  // Every fixture starts now, a few at a time in the one browser; each describe waits for its own.
  for (const name of fixtureNames()) void auditsOf(name).catch(() => undefined);
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Fixtures audited at once in the one browser (beside another test file), each one audit at a
 * time: three. Six audits at once on two cores starved the browser engine's reveals; the load
 * itself is tested by fixtures-under-load.test.ts.
 */
const slot = atMost(3);

const audits = new Map<string, Promise<[AuditResult, AuditResult, AuditResult | null]>>();
/**
 * A fixture audited at default settings (engine auto) and with every page rendered (engine
 * browser), side by side. Where auto itself read every view it kept in the browser, its verdict
 * is already a rendered one: that audit is its own reference, and the browser engine is run only
 * where auto took some view from its HTML, the only readings whose verdict can differ.
 */
function auditsOf(name: string): Promise<[AuditResult, AuditResult, AuditResult | null]> {
  let run = audits.get(name);
  if (!run) {
    const expected = loadExpected(name);
    run = slot(async () => {
      const site = await serveStaticSite(join(FIXTURES_DIR, name));
      try {
        const device = expected.devices ? 'both' as const : expected.device;
        const options = { url: new URL(expected.startPath, site.url).href, device, lang: 'en' as const, timeoutSeconds: 60 };
        // The reference render runs two tabs: its verdict does not depend on how many (pages are read in
        // breadth-first order whatever the tabs), and on two cores each tab's renderer costs more than it saves.
        const [auto, reference] = await autoWithReference(() => audit(options, {}, browser), () => audit({ ...options, engine: 'browser', concurrency: 2 }, {}, browser));
        // Only an audit that stopped early left pages in reach unexamined: the others were exhaustive already.
        const stoppedEarly = (auto.devices?.runs.map((run) => run.crawl) ?? [auto.crawl]).some((crawl) => crawl.stoppedBecause === 'early-stop');
        const exhaustive = stoppedEarly ? await audit({ ...options, exhaustive: true }, {}, browser) : null;
        return [auto, reference, exhaustive] as [AuditResult, AuditResult, AuditResult | null];
      } finally {
        await site.close();
      }
    });
    audits.set(name, run);
  }
  return run;
}

describe.each(fixtureNames())('fixture site %s', (name) => {
  const expected = loadExpected(name);
  /** At default settings (engine auto): what expected.json describes. */
  let result: AuditResult;
  /** The same audit with every page rendered in the browser. */
  let viaBrowser: AuditResult;
  /** The same audit without the early stop, where it stopped early. */
  let exhaustive: AuditResult | null;

  beforeAll(async () => {
    [result, viaBrowser, exhaustive] = await auditsOf(name);
  }, 300_000);

  it('gives the verdict an exhaustive crawl gives: the early stop leaves out no page that could change it', () => {
    if (exhaustive === null) {
      expect(result.crawl.stoppedBecause).not.toBe('early-stop');
      return;
    }
    expect(exhaustive.crawl.exhaustive).toBe(true);
    expect(exhaustive.crawl.stoppedBecause).not.toBe('early-stop');
    expect(exhaustive.crawl.pagesVisited).toBeGreaterThanOrEqual(result.crawl.pagesVisited);
    expect(searchVerdictOf(result)).toEqual(searchVerdictOf(exhaustive));
  });

  it('gives the same verdict with engine auto as with every page rendered (engine browser)', () => {
    // How each crawl ended, so a difference under load says which engine missed what and why.
    const ended = (run: AuditResult) => ({ stopped: run.crawl.stoppedBecause, pages: run.crawl.pagesVisited, errors: run.crawl.errors.map((error) => `${error.url} ${error.reason}`) });
    expectReferenceVerdict(result, viaBrowser, JSON.stringify({ auto: ended(result), browser: ended(viaBrowser) }));
  });

  it('validates against the zod schema and the shipped JSON Schema', () => {
    expect(auditResultSchema.safeParse(result).success).toBe(true);
    expect(validateAgainstSchema(result), JSON.stringify(validateAgainstSchema.errors)).toBe(true);
  });

  it.each(CHANNEL_NAMES)('channel %s matches expected.json', (channel) => {
    const want = expected.channels[channel];
    expect(want, `expected.json lists channel ${channel}`).toBeDefined();
    const got = result.channels[channel];
    const values = got.items.map((item) => comparableValue(channel, item as ChannelItem));
    const observed = {
      found: got.found,
      clicks: got.clicks,
      values: (want!.values ?? []).filter((value) => values.includes(value)),
      wronglyFound: (want!.absent ?? []).filter((value) => values.includes(value)),
      structuredDataOnly: want!.structuredDataOnly === undefined ? undefined : got.structuredDataOnly,
      path: want!.path === undefined ? undefined : stepsOf(got.path),
      ...staffingOf(got.items as ChannelItem[], want!),
    };
    expect(observed, `items found: ${JSON.stringify(values)}`).toEqual({
      found: want!.found,
      clicks: want!.found ? want!.clicks : null,
      values: want!.values ?? [],
      wronglyFound: [],
      structuredDataOnly: want!.structuredDataOnly,
      path: want!.path,
      ...(want!.staffing === undefined ? {} : { staffing: want!.staffing }),
      ...(want!.humanClicks === undefined ? {} : { humanClicks: want!.humanClicks }),
    });
  });

  it('barriers and per-device clicks match expected.json', () => {
    if (expected.barriers) {
      expect(result.barriers.map((barrier, index) => {
        const want = expected.barriers![index];
        return {
          kind: barrier.kind,
          clicks: want?.clicks === undefined ? undefined : barrier.clicks,
          coveredContact: want?.coveredContact === undefined ? undefined : barrier.coveredContact,
          passed: want?.passed === undefined ? undefined : barrier.passed,
          detailIncludes: want?.detailIncludes !== undefined && barrier.detail?.includes(want.detailIncludes) ? want.detailIncludes : undefined,
          platform: want?.platform === undefined ? undefined : barrier.platform,
        };
      })).toEqual(expected.barriers.map((want) => ({ clicks: undefined, coveredContact: undefined, passed: undefined, detailIncludes: undefined, platform: undefined, ...want })));
    }
    if (expected.devices) {
      const mobile = result.devices?.runs.find((run) => run.device === 'mobile');
      expect(mobile, 'a mobile run in result.devices').toBeDefined();
      expect(mobile!.humanContactClicks).toBe(expected.devices.mobile.humanContactClicks);
      for (const [channel, want] of Object.entries(expected.devices.mobile.channels)) {
        const got = mobile!.channels[channel]!;
        expect({ channel, found: got.found, clicks: got.clicks, path: want.path === undefined ? undefined : stepsOf(got.path) })
          .toEqual({ channel, found: want.found, clicks: want.found ? want.clicks : null, path: want.path });
      }
      const differs = CHANNEL_NAMES.filter((channel) => expected.devices!.mobile.channels[channel]?.clicks !== undefined
        && (expected.devices!.mobile.channels[channel]!.clicks ?? null) !== (expected.channels[channel]?.found ? expected.channels[channel]!.clicks ?? null : null));
      expect(result.devices!.differences.map((difference) => difference.channel).sort()).toEqual([...differs].sort());
    }
  });

  it('human contact clicks and rule verdicts match expected.json', () => {
    expect(result.humanContactClicks).toBe(expected.humanContactClicks);
    if (expected.rulePack) expect(result.rulePack.id).toBe(expected.rulePack);
    const verdicts = Object.fromEntries(result.rules.map((rule) => [rule.id, rule.status]));
    for (const [id, status] of Object.entries(expected.rules ?? {})) {
      expect({ id, status: verdicts[id] }).toEqual({ id, status });
    }
  });
});

/**
 * What engine auto read where, on fixtures whose audits the verdicts above already ran: the same
 * audits (same options), so no fixture is audited twice for it.
 */
describe('engine auto renders only what can change a verdict, on the fixtures', () => {
  it('learns a header and footer a script writes into every page from a render, and reads later pages that load the script from their HTML', async () => {
    const [auto, reference] = await auditsOf('script-chrome');
    expect(auto.crawl.browserFallback).toBeNull();
    expectReferenceVerdict(auto, reference);
    const engineOf = (path: string) => (auto.crawl.pages ?? []).find((entry) => new URL(entry.url).pathname === path)?.engine;
    // The start page's folder; then a second folder, once a first page in another folder showed the same chrome.
    expect(engineOf('/om-oss.html')).toBe('http');
    // The three service pages, each in a folder of its own, are read at once: one is rendered, and the others wait for what it teaches.
    const services = ['/tjanster/akut/', '/tjanster/vvs/', '/tjanster/badrum/'];
    expect(services.filter((path) => engineOf(path) === 'browser')).toHaveLength(1);
    expect(services.filter((path) => engineOf(path) === 'http')).toHaveLength(2);
    // A page that loads no script shows no header or footer: rendered, and counted as one without a contact route.
    expect(engineOf('/integritet.html')).toBe('browser');
    expect(verdictOf(auto).contactLinkCoverage).toContain('/integritet.html');
  }, 300_000);

  it('follows an old address\'s quick meta refresh over HTTP as the browser does, and renders a page whose refresh a person would read first', async () => {
    const [auto, reference] = await auditsOf('moved-pages');
    expect(auto.crawl.browserFallback).toBeNull();
    const entryOf = (result: typeof auto, path: string) => (result.crawl.pages ?? []).find((entry) => new URL(entry.url).pathname === path);
    // A stub that moves on after a second: read where it ends, from its HTML, by both engines alike.
    expect(entryOf(auto, '/om-oss.html')).toMatchObject({ engine: 'http', finalUrl: expect.stringMatching(/\/om-oss\/$/) });
    expect(entryOf(reference, '/om-oss.html')?.finalUrl).toMatch(/\/om-oss\/$/);
    // One that waits half a minute is a page of its own: the browser judges it.
    expect(entryOf(auto, '/nyheter.html')).toMatchObject({ engine: 'browser', renderedBecause: 'meta refresh', finalUrl: expect.stringMatching(/\/nyheter\.html$/) });
    expect(entryOf(reference, '/nyheter.html')?.finalUrl).toMatch(/\/nyheter\.html$/);
  }, 300_000);

  it('on a static multi-page site, fetches every page but renders fewer', async () => {
    const [auto] = await auditsOf('footer-contact');
    expect(auto.crawl.engine).toBe('auto');
    expect(auto.crawl.browserFallback).toBeNull();
    expect(auto.crawl.pagesFetched).toBeGreaterThanOrEqual(auto.crawl.pagesVisited);
    expect(auto.crawl.pagesRendered).toBeLessThan(auto.crawl.pagesFetched!);
    expect(auto.crawl.pagesKnown).toBeGreaterThanOrEqual(auto.crawl.pagesVisited);
  }, 300_000);
});

describe('the early stop over the fixtures', () => {
  it('ends the audit built for it, once its complaint route is found, so the comparison with an exhaustive crawl is made', async () => {
    const names = fixtureNames();
    const runs = await Promise.all(names.map((name) => auditsOf(name)));
    const stoppedEarly = names.filter((_, index) => runs[index]![2] !== null);
    expect(stoppedEarly).toContain('complaint-route-deep');
  }, 300_000);
});
