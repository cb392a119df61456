/**
 * Scrolling is free, so a section that fades in when it scrolls into view is seen at its page's
 * own click depth (scroll-reveal.ts). Most themes and frameworks that fade sections in ask an
 * IntersectionObserver when an element comes into view. Scrolling a page through to make every
 * such observer answer costs one step per screenful, several seconds on a long page; this context
 * init script answers them at once instead: each element with something to read (text, a link, a
 * form, a frame, an image) is reported in view as soon as it is observed, as a person scrolling
 * through would in the end have had it. An element reported so is not reported out of view again,
 * as the scroll pass remembers an element that showed itself even if a script hides it once it
 * leaves the viewport. Empty sentinels (infinite scroll, sticky headers) and images themselves (a
 * lazy loader observes those) get no such answer, and a document gets a bounded number of them.
 * What reveals itself on scroll events (AOS, WOW.js) is still found by the scroll pass, which
 * finds nothing left to do where this did it all.
 */

export interface EagerIntersectionSettings {
  /** Most elements one document is told are in view before they are. */
  maxEarly: number;
  /** The name under which a wrapped observer constructor is marked (not writable by the page). */
  mark: string;
}

export const EAGER_INTERSECTION_SETTINGS: EagerIntersectionSettings = { maxEarly: 400, mark: '__kontaktkollEagerIntersection' };

interface ObserverState {
  callback: IntersectionObserverCallback;
  shownEarly: WeakSet<Element>;
}

/**
 * In-page, before the page's own scripts (a context init script): wraps `IntersectionObserver`.
 * Self-contained: the browser receives this function's source, nothing it closes over.
 */
export function eagerIntersection({ maxEarly, mark }: EagerIntersectionSettings): void {
  const Native = window.IntersectionObserver;
  if (typeof Native !== 'function' || Object.prototype.hasOwnProperty.call(Native, mark)) return;
  let left = maxEarly;
  const states = new WeakMap<IntersectionObserver, ObserverState>();
  // As the scroll pass counts them (scroll-reveal.ts): a block of pictures alone (a row of partner logos, a gallery's
  // cards) fades in as text does, and left to the pass it cost a scroll step. An image itself, or a <picture>, is what a
  // lazy loader observes to set its source: not answered.
  const worthShowing = (el: Element) => el.localName !== 'img' && el.localName !== 'picture'
    && ((el.textContent ?? '').trim().length > 0 || el.querySelector('input, textarea, select, a[href], img, iframe') !== null);
  function Eager(callback: IntersectionObserverCallback, options?: IntersectionObserverInit): IntersectionObserver {
    const shownEarly = new WeakSet<Element>();
    const passOn: IntersectionObserverCallback = function (this: unknown, entries, observer) {
      const kept = entries.filter((entry) => entry.isIntersecting || !shownEarly.has(entry.target));
      if (kept.length > 0) callback.call(this, kept, observer);
    };
    const observer = new Native(passOn, options);
    states.set(observer, { callback, shownEarly });
    return observer;
  }
  Eager.prototype = Native.prototype;
  Object.defineProperty(Eager, mark, { value: true });
  const observe = Native.prototype.observe;
  Native.prototype.observe = function (this: IntersectionObserver, target: Element) {
    observe.call(this, target);
    const state = states.get(this);
    if (!state || left <= 0 || !(target instanceof Element) || state.shownEarly.has(target) || !worthShowing(target)) return;
    left--;
    state.shownEarly.add(target);
    setTimeout(() => {
      if (!target.isConnected) return;
      const rect = target.getBoundingClientRect();
      const entry = {
        target, isIntersecting: true, intersectionRatio: 1, boundingClientRect: rect, intersectionRect: rect, rootBounds: null, time: performance.now(),
      } as IntersectionObserverEntry;
      try {
        state.callback.call(this, [entry], this);
      } catch {
        // The page's own handler failed: as it would have on scrolling.
      }
    }, 0);
  };
  window.IntersectionObserver = Eager as unknown as typeof IntersectionObserver;
}
