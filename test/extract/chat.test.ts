import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractChats, chatProbes, chatVendors } from '../../src/extract/chat/index.js';
import { compileScriptPattern, isUsableGlobal, isUsableSelector } from '../../src/extract/chat/pattern-guards.js';
import { OWN_VENDORS } from '../../src/extract/chat/vendors.js';
import { wappalyzerLiveChat } from '../../src/extract/chat/wappalyzer-live-chat.js';
import type { ExtractContext } from '../../src/extract/extract-context.js';
import { chatItemSchema } from '../../src/model/channel-items.js';
import type { PageSnapshot } from '../../src/model/page-snapshot.js';
import { blocks, makeSnapshot } from '../helpers/snapshot.js';

const ctx: ExtractContext = { region: 'SE' };

function chats(partial: Partial<PageSnapshot>) {
  return extractChats(makeSnapshot(partial), ctx);
}

function button(text: string) {
  return { text, region: 'main' as const };
}

function link(text: string, href: string) {
  return { text, href, region: 'main' as const };
}

describe('extractChats: vendors', () => {
  // [vendor, snapshot fields, expected human]
  const table: Array<[string, Partial<PageSnapshot>, boolean | null]> = [
    ['Intercom', { scriptSrcs: ['https://widget.intercom.io/widget/abc123'] }, null],
    ['Zendesk', { scriptSrcs: ['https://static.zdassets.com/ekr/snippet.js?key=0f1e2d'] }, null],
    ['Zendesk', { globals: ['zE'] }, null],
    ['Zendesk Chat', { globals: ['$zopim'] }, true],
    ['LiveChat', { scriptSrcs: ['https://cdn.livechatinc.com/tracking.js'] }, true],
    ['tawk.to', { scriptSrcs: ['https://embed.tawk.to/5f0a1b2c3d4e5f/default'] }, true],
    ['Tidio', { globals: ['tidioChatApi'] }, null],
    ['Drift', { scriptSrcs: ['https://js.driftt.com/include/1700000000000/ab12cd34.js'] }, null],
    ['HubSpot Chat', { scriptSrcs: ['https://js-eu1.usemessages.com/conversations-embed.js'] }, null],
    ['HubSpot Chat', { selectors: ['#hubspot-messages-iframe-container'] }, null],
    ['Freshchat', { scriptSrcs: ['https://wchat.freshchat.com/js/widget.js'] }, null],
    ['Crisp', { scriptSrcs: ['https://client.crisp.chat/l.js'] }, true],
    ['Userlike', { scriptSrcs: ['https://userlike-cdn-widgets.s3-eu-west-1.amazonaws.com/0a1b2c.js'] }, true],
    ['Trengo', { scriptSrcs: ['https://static.widget.trengo.eu/embed.js'] }, true],
    ['Genesys', { scriptSrcs: ['https://apps.mypurecloud.ie/genesys-bootstrap/genesys.min.js'] }, true],
    ['LivePerson', { globals: ['lpTag'] }, null],
    ['Salesforce Embedded Service', { scriptSrcs: ['https://service.force.com/embeddedservice/5.0/esw.min.js'] }, true],
    ['Puzzel', { scriptSrcs: ['https://app-cdn.puzzel.com/public/js/pzl_loader.js'] }, true],
    ['Puzzel', { scriptSrcs: ['https://chat.puzzel.com/Content/Client/js/jquery-intelecomchat.latest.min.js'] }, true],
    ['Telia ACE', { scriptSrcs: ['https://wds.ace.teliacompany.com/wds/instances/J5XKjqJt/ACEWebSDK.min.js'] }, true],
    ['Humany', { scriptSrcs: ['https://kommunen.humany.net/default/embed.js'] }, null],
    ['ebbot', { scriptSrcs: ['https://ebbot-v2.storage.googleapis.com/ebbot-web/init.js?t=0.123'] }, null],
    ['Kindly', { scriptSrcs: ['https://chat.kindlycdn.com/kindly-chat.js'] }, null],
    ['Boost.ai', { scriptSrcs: ['https://kunde.boost.ai/chatPanel/chatPanel.js'] }, null],
    ['Giosg', { scriptSrcs: ['https://service.giosg.com/live/'] }, true],
    ['Dina Kunder', { scriptSrcs: ['https://app.dinakunder.se/widget/loader.js'] }, false],
    ['Chatbase', { globals: ['embedChatbaseChatbot'] }, false],
    ['Smartsupp', { scriptSrcs: ['https://www.smartsuppchat.com/loader.js?'] }, true],
    ['Chaport', { scriptSrcs: ['https://app.chaport.com/javascripts/insert.js'] }, null],
    ['Kindly', { iframeSrcs: ['https://chat.kindlycdn.com/frame.html'] }, null],
  ];

  it.each(table)('%s from %j', (vendor, partial, human) => {
    const items = chats(partial);
    expect(items.map((item) => [item.vendor, item.human])).toEqual([[vendor, human]]);
    const item = items[0]!;
    expect(item.value).toBe(vendor);
    expect(item.display).toBe(vendor);
    expect(item.source).toBe('script');
    expect(item.basis).toContain(vendor);
    const evidence = [...(partial.scriptSrcs ?? []), ...(partial.iframeSrcs ?? []), ...(partial.globals ?? []), ...(partial.selectors ?? [])];
    expect(evidence).toContain(item.evidence);
    expect(() => chatItemSchema.parse(item)).not.toThrow();
  });

  it('reports one item per vendor however many patterns match, and each vendor present', () => {
    const items = chats({
      scriptSrcs: ['https://widget.intercom.io/widget/abc', 'https://js.intercomcdn.com/frame-modern.js', 'https://embed.tawk.to/x/default'],
      globals: ['Intercom', 'Tawk_API'],
      selectors: ['#intercom-container'],
    });
    expect(items.map((item) => item.vendor).sort()).toEqual(['Intercom', 'tawk.to']);
  });

  it('copies the page location', () => {
    const page = makeSnapshot({ url: 'https://www.exempel.se/kundservice', clicks: 2, globals: ['Intercom'] });
    const [item] = extractChats(page, ctx);
    expect(item).toMatchObject({ pageUrl: page.url, clicks: 2, path: page.path });
  });

  it('survives a huge data: URL quickly', () => {
    const huge = `data:text/javascript,${'a'.repeat(2_000_000)}`;
    const started = Date.now();
    expect(chats({ scriptSrcs: [huge] })).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('extractChats: who answers, from visible text', () => {
  // [description, page text, vendor global, expected human]
  const table: Array<[string, Partial<PageSnapshot>, string, boolean | null]> = [
    ['sv virtuell assistent', { blocks: blocks('Hej! Jag är Frida, din virtuella assistent.') }, 'Tawk_API', false],
    ['sv digital assistent', { buttons: [button('Fråga vår digitala assistent')] }, 'Tawk_API', false],
    ['sv AI-assistent', { blocks: blocks('Vår AI-assistent svarar dygnet runt.') }, 'Tawk_API', false],
    ['sv chattbot', { blocks: blocks('Chatta med vår chattbot') }, 'Tawk_API', false],
    ['sv chatbotten', { blocks: blocks('Chatbotten hjälper dig med vanliga frågor.') }, 'Tawk_API', false],
    ['sv botten', { buttons: [button('Fråga botten')] }, 'Tawk_API', false],
    ['da jeg er en bot', { blocks: blocks('Hej, jeg er en bot og kan hjælpe dig.') }, 'Tawk_API', false],
    ['nb chattebot', { blocks: blocks('Spør chattebot-en vår') }, 'Tawk_API', false],
    ['pl wirtualny asystent', { blocks: blocks('Wirtualny asystent pomoże Ci 24/7') }, 'Tawk_API', false],
    ['en I\'m a bot', { blocks: blocks('Hi there! I’m a bot.') }, 'Tawk_API', false],
    ['en virtual assistant', { blocks: blocks('Ask our virtual assistant') }, 'Tawk_API', false],
    ['sv hand-over button beats bot', { blocks: blocks('Jag är en digital assistent.'), buttons: [button('Prata med en människa')] }, 'Intercom', true],
    ['sv prata med en handläggare', { blocks: blocks('I chatten kan du prata med en handläggare.') }, 'Intercom', true],
    ['sv chatta med en medarbetare', { blocks: blocks('Chatta med en medarbetare vardagar 8–17') }, 'Intercom', true],
    ['sv kundtjänst i chatten', { blocks: blocks('Kundtjänst i chatten: vardagar 8–17') }, 'Intercom', true],
    ['da tal med en medarbejder', { blocks: blocks('Skriv i chatten for at tale med en medarbejder') }, 'Intercom', true],
    ['nb snakke med en rådgiver', { blocks: blocks('Du kan snakke med en rådgiver i chatten.') }, 'Intercom', true],
    ['pl porozmawiaj z konsultantem', { blocks: blocks('Porozmawiaj z konsultantem na czacie') }, 'Intercom', true],
    ['en talk to an agent', { buttons: [button('Talk to an agent')] }, 'Intercom', true],
    ['en live agent', { blocks: blocks('Chat with a live agent') }, 'Intercom', true],
    ['phone hand-over is not a chat hand-over', { blocks: blocks('Ring oss för att prata med en rådgivare.', 'Vår chattbot svarar direkt.') }, 'LiveChatWidget', false],
    ['"botten" as the bottom of the page', { blocks: blocks('Scrolla till botten av sidan.') }, 'Intercom', null],
    ['no signal: human vendor', {}, 'LiveChatWidget', true],
    ['no signal: hybrid vendor', {}, 'Intercom', null],
    ['no signal: bot vendor', {}, 'embedChatbaseChatbot', false],
  ];

  it.each(table)('%s', (_label, partial, global, human) => {
    const items = chats({ ...partial, globals: [global] });
    expect(items).toHaveLength(1);
    expect(items[0]!.human).toBe(human);
  });

  it('names the deciding signal in the basis', () => {
    const [item] = chats({ globals: ['Intercom'], blocks: blocks('Jag är din virtuella assistent') });
    expect(item!.basis).toContain('virtuella assistent');
  });
});

describe('extractChats: launchers of unknown vendors', () => {
  const table: Array<[string, Partial<PageSnapshot>]> = [
    ['sv button', { buttons: [button('Chatta med oss')] }],
    ['da button', { buttons: [button('Chat med os')] }],
    ['nb button', { buttons: [button('Chat med oss')] }],
    ['en button', { buttons: [button('Chat with us')] }],
    ['pl button', { buttons: [button('Czat')] }],
    ['sv start button', { buttons: [button('Starta chatten')] }],
    ['in-page link', { links: [link('Chatta med oss', '#chat')] }],
    ['javascript link', { links: [link('Chat with us', 'javascript:void(0)')] }],
  ];

  it.each(table)('%s', (_label, partial) => {
    const items = chats(partial);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ vendor: 'unknown', value: 'unknown', human: null, source: 'text' });
    expect(() => chatItemSchema.parse(items[0])).not.toThrow();
  });

  it('prefers the recognised vendor over the launcher', () => {
    const items = chats({ buttons: [button('Chatta med oss')], globals: ['tidioChatApi'] });
    expect(items.map((item) => item.vendor)).toEqual(['Tidio']);
  });
});

describe('extractChats: look-alikes are not chats', () => {
  const table: Array<[string, Partial<PageSnapshot>]> = [
    ['prose without a chat', { blocks: blocks('Vi har tyvärr ingen chatt.') }],
    ['prose about the chat', { blocks: blocks('Chatta med oss på vardagar 8–17.') }],
    ['a long sentence on a button', { buttons: [button('Läs mer om hur du chattar med oss och våra öppettider')] }],
    ['Messenger link', { links: [link('Chatta med oss', 'https://m.me/exempel')] }],
    ['WhatsApp link', { links: [link('Chat med os på WhatsApp', 'https://wa.me/4512345678'), link('WhatsApp', 'https://api.whatsapp.com/send?phone=46701234567')] }],
    ['route to the chat page', { links: [link('Chatta med oss', 'https://www.exempel.se/kontakt/chatt')] }],
    ['analytics and common scripts', {
      scriptSrcs: [
        'https://www.googletagmanager.com/gtm.js?id=GTM-ABC123',
        'https://www.google-analytics.com/analytics.js',
        'https://www.googletagmanager.com/gtag/js?id=G-XYZ',
        'https://static.hotjar.com/c/hotjar-123456.js?sv=6',
        'https://script.hotjar.com/modules.abc.js',
        'https://connect.facebook.net/en_US/fbevents.js',
        'https://connect.facebook.net/sv_SE/sdk.js',
        'https://js.hs-scripts.com/123456.js',
        'https://js.hs-analytics.net/analytics/1700000000000/123456.js',
        'https://consent.cookiebot.com/uc.js',
        'https://cdn.cookielaw.org/scripttemplates/otSDKStub.js',
        'https://www.google.com/recaptcha/api.js',
        'https://code.jquery.com/jquery-3.7.1.min.js',
        'https://static.zdassets.com/hc/assets/application-abc.js',
        'https://www.exempel.se/js/chat.js',
        'https://snap.licdn.com/li.lms-analytics/insight.min.js',
      ],
      iframeSrcs: [
        'https://www.youtube.com/embed/abc',
        'https://www.google.com/maps/embed?pb=xyz',
        'https://www.facebook.com/plugins/page.php?href=exempel',
        'https://www.googletagmanager.com/ns.html?id=GTM-ABC123',
      ],
    }],
    ['generic globals', { globals: ['chat', 'boost', 'drift', 'dataLayer', 'ga', 'hj', 'jQuery', 'Zendesk'] }],
    ['generic selectors', { selectors: ['.chat', '#chat', 'div.live-chat-loader-placeholder', "a[href*='api.whatsapp.com/send']"] }],
  ];

  it.each(table)('%s', (_label, partial) => {
    expect(chats(partial)).toEqual([]);
  });
});

describe('vendor table and probes', () => {
  it('holds Wappalyzer\'s live-chat products plus our own', () => {
    expect(wappalyzerLiveChat().size).toBeGreaterThan(300);
    const vendors = chatVendors();
    expect(vendors.length).toBeGreaterThan(300);
    const names = vendors.map((vendor) => vendor.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of ['Puzzel', 'Telia ACE', 'Humany', 'ebbot', 'Kindly', 'Boost.ai', 'Giosg']) {
      expect(names).toContain(name);
    }
    // Not customer chat, or a wrong pattern superseded by our entry.
    for (const name of ['WhatsApp Business Chat', 'Pusher', 'Genesys Chat', 'Salesforce Service Cloud']) {
      expect(names).not.toContain(name);
    }
  });

  it('keeps every one of our own patterns through the guards', () => {
    const wappalyzer = wappalyzerLiveChat();
    for (const own of OWN_VENDORS) {
      for (const source of own.scriptSrc ?? []) expect(compileScriptPattern(source), `${own.name}: ${source}`).not.toBeNull();
      for (const name of own.globals ?? []) expect(isUsableGlobal(name), `${own.name}: ${name}`).toBe(true);
      for (const selector of own.selectors ?? []) expect(isUsableSelector(selector), `${own.name}: ${selector}`).toBe(true);
      if (own.wappalyzer !== undefined) expect(wappalyzer.has(own.wappalyzer), own.wappalyzer).toBe(true);
      for (const name of own.replaces ?? []) expect(wappalyzer.has(name), name).toBe(true);
    }
  });

  it('rejects generic or malformed probes', () => {
    for (const selector of ['.chat', '#chat', 'div.live-chat-loader-placeholder', "a[href*='wa.me']", 'div', 'div > .x', 'iframe[src*=x', '[data-chat]']) {
      expect(isUsableSelector(selector), selector).toBe(false);
    }
    for (const name of ['boost', 'drift', 'lpTag.Chronos', 'botsonicConfig-Botsonic', 'flb.botId ']) {
      expect(isUsableGlobal(name), name).toBe(false);
    }
    expect(compileScriptPattern('\\;confidence:25')).toBeNull();
    expect(compileScriptPattern('(')).toBeNull();
    expect(compileScriptPattern('.*')).toBeNull();
  });

  it('probes a bounded set of plain globals and valid selectors', () => {
    const { globals, selectors } = chatProbes();
    expect(globals.length + selectors.length).toBeLessThan(500);
    expect(new Set(globals).size).toBe(globals.length);
    expect(new Set(selectors).size).toBe(selectors.length);
    for (const name of ['Intercom', 'zE', '$zopim', 'tidioChatApi', 'Tawk_API', 'Humany', 'Ebbot', 'lpTag']) {
      expect(globals).toContain(name);
    }
    for (const name of globals) expect(name).toMatch(/^[A-Za-z_$][\w$]*$/);
    const $ = cheerio.load('<div></div>');
    for (const selector of selectors) expect(() => $(selector), selector).not.toThrow();
  });

  it('is stable between calls', () => {
    expect(chatProbes()).toBe(chatProbes());
    expect(chatVendors()).toBe(chatVendors());
  });
});
