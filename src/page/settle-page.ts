import type { InPageSteps } from './in-page.js';

/**
 * In-page, in every document before its own scripts (a context init script, `SCRIPT_WATCH`):
 * remembers whether a script element was ever put into the document, even one that removed
 * itself after it ran. With it, a document that can run no code is known to be settled once it
 * has loaded.
 *
 * It also counts the requests the page's scripts have in flight to the site itself (`fetch`, and
 * `XMLHttpRequest`): a header, menu or footer fetched and written in when it arrives changes no
 * DOM while it is on its way, so a quiet DOM alone would be read before it, sooner the busier
 * the machine. Requests to other sites (analytics, a chat vendor's long poll) and beacons
 * (`keepalive`) are not content the page waits for. Self-contained: the browser receives this
 * function's source alone.
 */
export function watchScripts(watcher: string): void {
  if (Object.prototype.hasOwnProperty.call(window, watcher)) return;
  let seen = false;
  const look = (records: MutationRecord[]) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1 && ((node as Element).localName === 'script' || (node as Element).querySelector?.('script'))) {
          seen = true;
          observer.disconnect();
          return;
        }
      }
    }
  };
  const observer = new MutationObserver(look);
  try {
    observer.observe(document, { subtree: true, childList: true });
  } catch {
    seen = true;
  }
  Object.defineProperty(window, watcher, {
    value: () => {
      look(observer.takeRecords());
      return seen;
    },
    enumerable: false, configurable: false, writable: false,
  });

  let inFlight = 0;
  let lastEnded = 0;
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastEnded = performance.now();
  };
  const ownSite = (target: unknown) => {
    try {
      const host = new URL(String(target instanceof Request ? target.url : target), location.href).hostname;
      const site = location.hostname.split('.').slice(-2).join('.');
      return host === location.hostname || host === site || host.endsWith(`.${site}`);
    } catch {
      return false;
    }
  };
  const pageFetch = window.fetch;
  if (typeof pageFetch === 'function') {
    window.fetch = function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      if (init?.keepalive || !ownSite(input)) return pageFetch.call(this, input, init);
      inFlight++;
      try {
        const answer = pageFetch.call(this, input, init);
        answer.then(ended, ended);
        return answer;
      } catch (error) {
        ended();
        throw error;
      }
    } as typeof window.fetch;
  }
  const xhr = window.XMLHttpRequest?.prototype;
  if (xhr) {
    const open = xhr.open;
    const send = xhr.send;
    const targets = new WeakMap<XMLHttpRequest, unknown>();
    xhr.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      targets.set(this, args[1]);
      return (open as (...a: unknown[]) => void).apply(this, args);
    } as typeof xhr.open;
    xhr.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      if (!ownSite(targets.get(this))) return send.call(this, body);
      inFlight++;
      this.addEventListener('loadend', ended, { once: true });
      try {
        send.call(this, body);
      } catch (error) {
        this.removeEventListener('loadend', ended);
        ended();
        throw error;
      }
    };
  }
  Object.defineProperty(window, `${watcher}Requests`, {
    value: () => [inFlight, lastEnded] as const,
    enumerable: false, configurable: false, writable: false,
  });

  // What else the page has coming that could change it: the timers its scripts set (by when they
  // fire), and the scripts and style sheets still on their way. A timer set with a string of code
  // is not followed (it is rare, and cannot be wrapped without eval).
  const timers = new Map<number, number>();
  const intervals = new Map<number, { period: number; next: number }>();
  type Start = (handler: unknown, ms?: number, ...args: unknown[]) => number;
  type Stop = (id?: number) => void;
  const clock = {
    setTimeout: window.setTimeout as unknown as Start, clearTimeout: window.clearTimeout as unknown as Stop,
    setInterval: window.setInterval as unknown as Start, clearInterval: window.clearInterval as unknown as Stop,
  };
  const pageWindow = window as unknown as { setTimeout: Start; setInterval: Start; clearTimeout: Stop; clearInterval: Stop };
  pageWindow.setTimeout = function setTimeout(handler: unknown, delay?: number, ...args: unknown[]) {
    if (typeof handler !== 'function') return clock.setTimeout.call(window, handler, delay, ...args);
    const id: number = clock.setTimeout.call(window, function (this: unknown, ...given: unknown[]) {
      timers.delete(id);
      return (handler as (...a: unknown[]) => unknown).apply(this, given);
    }, delay, ...args);
    timers.set(id, performance.now() + Math.max(0, Number(delay) || 0));
    return id;
  };
  pageWindow.setInterval = function setInterval(handler: unknown, period?: number, ...args: unknown[]) {
    if (typeof handler !== 'function') return clock.setInterval.call(window, handler, period, ...args);
    const every = Math.max(0, Number(period) || 0);
    const id: number = clock.setInterval.call(window, function (this: unknown, ...given: unknown[]) {
      const interval = intervals.get(id);
      if (interval) interval.next = performance.now() + every;
      return (handler as (...a: unknown[]) => unknown).apply(this, given);
    }, period, ...args);
    intervals.set(id, { period: every, next: performance.now() + every });
    return id;
  };
  // Either clears either kind, as in browsers.
  const forget = (id?: number) => {
    if (typeof id !== 'number') return;
    timers.delete(id);
    intervals.delete(id);
  };
  pageWindow.clearTimeout = function clearTimeout(id?: number) {
    forget(id);
    clock.clearTimeout.call(window, id);
  };
  pageWindow.clearInterval = function clearInterval(id?: number) {
    forget(id);
    clock.clearInterval.call(window, id);
  };
  const arrived = new WeakSet<EventTarget>();
  const markArrived = (event: Event) => {
    if (event.target) arrived.add(event.target);
  };
  document.addEventListener('load', markArrived, true);
  document.addEventListener('error', markArrived, true);
  const RUNNABLE = /^\s*(module|(text|application)\/(x-)?(java|ecma)script)?\s*$/i;
  const onItsWay = (el: Element) => {
    if (arrived.has(el) || !el.isConnected) return false;
    if (el.localName === 'script') return !(el as HTMLScriptElement).noModule && RUNNABLE.test(el.getAttribute('type') ?? '');
    return !(el as HTMLLinkElement).disabled;
  };
  Object.defineProperty(window, `${watcher}Pending`, {
    value: (horizonMs: number): string => {
      const now = performance.now();
      if (inFlight > 0 || now - lastEnded < horizonMs) return 'request';
      for (const due of timers.values()) if (due <= now + horizonMs) return 'timer';
      for (const { period, next } of intervals.values()) if (period <= horizonMs || next <= now + horizonMs) return 'interval';
      if (document.fonts?.status === 'loading') return 'font';
      for (const el of Array.from(document.querySelectorAll('script[src], link[rel~="stylesheet"][href]'))) if (onItsWay(el)) return 'script';
      return '';
    },
    enumerable: false, configurable: false, writable: false,
  });
  Object.defineProperty(window, `${watcher}Clock`, { value: clock, enumerable: false, configurable: false, writable: false });
}

/** How a page came to rest: it cannot change by itself, it stayed unchanged for a while, or the wait ran out. */
export type Settled = 'static' | 'quiet' | 'busy';

export interface SettleSettings {
  /** 'quiet': until the DOM stops changing; 'loaded': a freshly loaded page made ready to read (see interact/settle.ts `settleLoaded`). */
  mode: 'quiet' | 'loaded';
  maxMs: number;
  /** How long a page still waiting for a request of its own is given (`maxMs` stretched on a busy machine). */
  requestMaxMs: number;
  /** How long after such a request answered the page is still given, to write in what it brought. */
  requestGraceMs: number;
  quietMs: number;
  /** A shorter quiet spell that is enough when nothing the page has coming could change it (see `settlePage`). */
  briefMs: number;
  watcher: string;
  /** For 'loaded': the second settling after an empty shell grew, and the wait for the scripts to go idle. */
  growMaxMs: number;
  idleMs: number;
  shellText: number;
  shellMs: number;
  shellLinks: number;
  /** Longest wait for what CSS is still fading or sliding in to end (see `settlePage`). */
  animationMs: number;
  /**
   * Changes of one attribute of one element (or of one text) that count towards "still changing";
   * past them it is an animation that never ends (a slider's ticks, a counter running up), not
   * content arriving: a page that only animates is quiet.
   */
  repeatsCounted: number;
}

/**
 * In-page: waits for the page to settle and says how it did. Self-contained: the browser
 * receives this function's source alone.
 *
 * Only code changes a loaded DOM: a script (now or ever, as the watcher saw), an inline event
 * handler (an image that fails to load fires its onerror), a frame (whose script may reach its
 * parent), or a shadow root (content the scan cannot see into). A document with none of them is
 * settled at once ('static'); without the watcher (a context not set up by the crawl) the page is
 * taken to be able to change. Otherwise the DOM must stay unchanged for `quietMs`, where an
 * element's attribute or its text changing over and over (`repeatsCounted`: a slider's ticks, a
 * counter running up) is an animation and not a change; a text that grows is still being written.
 *
 * 'loaded' goes on: a page that is still an empty shell (a single-page app waiting for its data:
 * little text, no way on but a logo link) gets up to `shellMs` for content to appear and settles
 * again if it grew; a short page a person can already move on from is not waited for. Then the
 * page is left until its main thread has no task of its own waiting: a framework that hydrates
 * server-rendered HTML (React, Vue, Svelte) changes no DOM while it works, so a quiet DOM does not
 * mean its scripts are done, and the observers that fade sections in are attached only when
 * hydration ends. Hydration runs as a chain of tasks, each queued by the one before, so a task of
 * the lowest priority runs after the chain, however slow the machine.
 */
export async function settlePage(settings: SettleSettings): Promise<Settled> {
  // The page's timers as the browser gave them, where the watcher follows the page's own: waits of ours are not the page's work.
  type Start = (handler: () => void, ms?: number) => number;
  type Stop = (id?: number) => void;
  const clock = (window as unknown as Record<string, unknown>)[`${settings.watcher}Clock`] as { setTimeout: Start; clearTimeout: Stop; setInterval: Start; clearInterval: Stop } | undefined;
  const setTimeout: Start = (handler, ms) => (clock?.setTimeout ?? (window.setTimeout as unknown as Start)).call(window, handler, ms);
  const clearTimeout: Stop = (id) => (clock?.clearTimeout ?? (window.clearTimeout as unknown as Stop)).call(window, id);
  const setInterval: Start = (handler, ms) => (clock?.setInterval ?? (window.setInterval as unknown as Start)).call(window, handler, ms);
  const clearInterval: Stop = (id) => (clock?.clearInterval ?? (window.clearInterval as unknown as Stop)).call(window, id);
  const canChange = () => {
    const watcher = (window as unknown as Record<string, unknown>)[settings.watcher];
    if (typeof watcher !== 'function' || watcher() === true) return true;
    if (document.querySelector('script, iframe, frame, object, embed')) return true;
    for (const el of Array.from(document.querySelectorAll('*'))) {
      if (el.shadowRoot) return true;
      for (const name of el.getAttributeNames()) if (name.length > 2 && name.charCodeAt(0) === 111 && name.charCodeAt(1) === 110) return true;
    }
    return false;
  };
  const quiet = (maxMs: number) => new Promise<Settled>((resolve) => {
    if (!canChange()) return resolve('static');
    const done = (how: Settled) => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      clearTimeout(soon);
      cancelAnimationFrame(frame);
      resolve(how);
    };
    const requests = (window as unknown as Record<string, unknown>)[`${settings.watcher}Requests`];
    const inFlightAndLastEnded = () => (typeof requests === 'function' ? (requests as () => readonly [number, number])() : [0, 0] as const);
    // Quiet once the DOM has not changed for quietMs and no request of the page's own is on its way
    // (looked at again every 50 ms) nor ended within quietMs.
    const whenQuiet = () => {
      const [inFlight, lastEnded] = inFlightAndLastEnded();
      if (inFlight > 0) return void (timer = setTimeout(whenQuiet, 50));
      const wait = lastEnded + settings.quietMs - performance.now();
      if (wait > 0) return void (timer = setTimeout(whenQuiet, wait));
      done('quiet');
    };
    let timer = setTimeout(whenQuiet, settings.quietMs);
    const started = performance.now();
    // Past maxMs only a request of the page's own holds the page: while it is on its way, and for a
    // while after it answered, when what it brought is being written in (a body read, then parsed).
    const giveUp = () => {
      const [inFlight, lastEnded] = inFlightAndLastEnded();
      const now = performance.now();
      const left = Math.max(maxMs, settings.requestMaxMs) - (now - started);
      if ((inFlight > 0 || now - lastEnded < settings.requestGraceMs) && left > 0) return void (limit = setTimeout(giveUp, Math.min(50, left)));
      done('busy');
    };
    let limit = setTimeout(giveUp, Math.max(0, maxMs));
    // Sooner, when nothing the page has coming could change it: the DOM unchanged for `briefMs` and
    // over a frame drawn after that (what frame callbacks and observers' first calls do is done then),
    // no timer of its scripts due within quietMs, no request, script, style sheet or font on its way.
    // The quiet spell above still ends the wait whatever this says, so a page whose work is not
    // followed here (a timer set with a string, a chain of tasks posted as messages) waits as long as before.
    const pending = (window as unknown as Record<string, unknown>)[`${settings.watcher}Pending`];
    const nothingComing = () => (pending as (horizonMs: number) => string)(settings.quietMs) === '';
    let lastChange = performance.now();
    let frame = 0;
    const quietSoon = () => {
      if (performance.now() - lastChange < settings.briefMs || !nothingComing()) return void (soon = setTimeout(quietSoon, settings.briefMs / 2));
      const changed = lastChange;
      // A task after the frame: the observers' callbacks and the mutation records they cause have been delivered by then.
      frame = requestAnimationFrame(() => void (soon = setTimeout(() => (lastChange === changed && nothingComing() ? done('quiet') : quietSoon()), 0)));
    };
    let soon = typeof pending === 'function' ? setTimeout(quietSoon, settings.briefMs) : 0;
    const repeats = new WeakMap<Node, Map<string, number>>();
    const textOf = (nodes: NodeList) => {
      let text = '';
      for (const node of Array.from(nodes)) {
        if (node.nodeType !== 3) return null;
        text += (node as Text).data;
      }
      return text;
    };
    const counts = (record: MutationRecord) => {
      if (record.type === 'childList') {
        // Elements put in or taken out always count: content arriving, or a ticker that never ends (which stays busy).
        // An element's text set anew (`textContent = …`) is its text changing, as a counter running up does over and
        // over; a text that only grows (a typewriter writing a line out) is content arriving, and counts.
        const added = textOf(record.addedNodes);
        const removed = textOf(record.removedNodes);
        if (added === null || removed === null || added.length > removed.length && added.startsWith(removed)) return true;
      }
      const what = record.type === 'attributes' ? `@${record.attributeName ?? ''}` : '#text';
      const byNode = repeats.get(record.target) ?? new Map<string, number>();
      repeats.set(record.target, byNode);
      const n = (byNode.get(what) ?? 0) + 1;
      byNode.set(what, n);
      return n <= settings.repeatsCounted;
    };
    const observer = new MutationObserver((records) => {
      // Every record is looked at: each one counted is a change of its node and attribute.
      if (!records.map(counts).includes(true)) return;
      lastChange = performance.now();
      clearTimeout(timer);
      timer = setTimeout(whenQuiet, settings.quietMs);
    });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  // What CSS is still fading, sliding or holding back with a delay is read at its end, as a person sees it once the page
  // stands still: a crawl tab's animation clock runs 100× fast (crawl/animation-clock.ts), so a transition of seconds
  // ends within a frame or two. Without this a page that can run no code, read the moment it loaded, was read before or
  // after its fade-in by how fast the machine was. An endless animation, or one driven by scrolling, is not waited for.
  const animationsEnded = () => new Promise<void>((resolve) => {
    const ending = document.getAnimations().filter((animation) => {
      if (animation.timeline !== document.timeline || animation.playState !== 'running') return false;
      const end = animation.effect?.getComputedTiming().endTime;
      return typeof end === 'number' && Number.isFinite(end);
    });
    if (ending.length === 0) return resolve();
    const limit = setTimeout(resolve, Math.max(0, settings.animationMs));
    void Promise.all(ending.map((animation) => animation.finished.catch(() => undefined))).then(() => {
      clearTimeout(limit);
      resolve();
    });
  });
  const settledAs = await quiet(settings.maxMs);
  if (settings.mode === 'quiet') {
    await animationsEnded();
    return settledAs;
  }
  const textLength = () => (document.body ? document.body.innerText.trim().length : 0);
  const links = () => document.querySelectorAll('a[href]').length;
  const grew = () => {
    if (textLength() >= settings.shellText || document.scripts.length === 0 || links() > settings.shellLinks) return Promise.resolve(false);
    const startLinks = links();
    const startText = textLength();
    return new Promise<boolean>((resolve) => {
      const limit = setTimeout(() => {
        clearInterval(poll);
        resolve(false);
      }, settings.shellMs);
      const poll = setInterval(() => {
        if (links() > startLinks || textLength() >= Math.max(settings.shellText, startText * 2)) {
          clearInterval(poll);
          clearTimeout(limit);
          resolve(true);
        }
      }, 100);
    });
  };
  if (await grew()) await quiet(settings.growMaxMs);
  await animationsEnded();
  if (settledAs === 'static') return settledAs;
  await new Promise<boolean>((resolve) => {
    const limit = setTimeout(() => resolve(false), Math.max(0, settings.idleMs));
    const idle = () => {
      clearTimeout(limit);
      resolve(true);
    };
    // A background task runs once no task of the page's own is waiting: after the last of a chain. An idle
    // callback waits for more, a frame with time to spare, which a page animating on a busy machine seldom has.
    const tasks = (window as unknown as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
    if (typeof tasks?.postTask === 'function') {
      try {
        return void tasks.postTask(idle, { priority: 'background' }).catch(() => undefined);
      } catch {
        // A page's own `scheduler` that is not the browser's: wait as below.
      }
    }
    // Neither (a page that took both away): nothing to wait by, as before the background task.
    if (typeof requestIdleCallback !== 'function') {
      clearTimeout(limit);
      return resolve(false);
    }
    requestIdleCallback(idle, { timeout: Math.max(1, settings.idleMs) });
  });
  return settledAs;
}

/**
 * In-page: settles a page, then scrolls it through unless it can run no code (a page that runs
 * no code has nothing to fade in). Self-contained: the browser receives this function's source alone.
 */
export async function settleThenScroll(steps: InPageSteps<{ settle: Promise<Settled>; scroll: Promise<unknown> }>): Promise<void> {
  if (await steps.settle() !== 'static') await steps.scroll();
}
