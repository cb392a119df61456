/**
 * Scrolling is free: what a page fades in as it scrolls into view (AOS `data-aos`, WOW.js,
 * hand-written IntersectionObserver "reveal" classes) is visible at the page's own click depth.
 *
 * Before a page is read, the elements a script keeps transparent or `visibility: hidden` are
 * listed, the page is scrolled through one viewport at a time, and each such element that starts
 * to show while in view (its opacity rises, it becomes visible, an animation or transition starts
 * on it) is remembered. The snapshot then treats those elements as shown, even if a script hides
 * them again once they leave the viewport, as reveal scripts that toggle on every intersection do.
 *
 * A page's reveals come in kinds (AOS's \`data-aos\`, a theme's \`reveal\` class, a framework's inline
 * \`opacity:0\` style): once one element of a kind has shown itself on scrolling, the others of
 * exactly the same kind (same classes, same data attribute names, same inline style) are taken as
 * shown too, without scrolling to each; so are those that carry a reveal marker: a class or data
 * attribute with which elements of two kinds or more showed themselves, and that no element still
 * hidden after it was scrolled into view carries (a hover caption's class never becomes one). A
 * grid of eighty fading cards costs one or two steps, not twenty, and a slow machine cannot cut
 * the pass short of the footer.
 *
 * No fixed sleep decides what is seen: each step waits for two frames (the scroll event, the
 * intersection observers and the class change they make have all run by then), the pass ends
 * with a timer queued after any throttled scroll handler's (AOS waits 99 ms, WOW.js polls every
 * 50 ms; a later timer runs after them however busy the machine is), and the transitions started
 * on remembered elements are finished at once instead of being waited out.
 */

/** The in-page name of the set of elements seen to reveal themselves (not writable by the page). */
export const REVEALED = '__kontaktkollRevealed';

/** What the scroll pass is given: its bounds, and the name its findings are kept under. */
export interface ScrollRevealSettings {
  /** The longest time to spend stepping (a safety bound). */
  maxMs: number;
  revealed: string;
  /** Most scroll steps per page: each goes to where hidden elements wait, so this covers long pages; an endless one is cut. */
  maxSteps: number;
  /** Longer than the poll intervals reveal scripts use (WOW.js: 50 ms), so theirs run first at each step. */
  stepMs: number;
  /** Most elements looked at for candidates, and most candidates followed. */
  maxScanned: number;
  maxCandidates: number;
  /** Longer than the throttles and polls reveal scripts use, so theirs run first. */
  afterScrollMs: number;
}

/** The scroll pass's settings but its time bound. */
export const SCROLL_REVEAL_BOUNDS: Omit<ScrollRevealSettings, 'maxMs'> = {
  revealed: REVEALED, maxSteps: 20, stepMs: 60, maxScanned: 20_000, maxCandidates: 2_000, afterScrollMs: 150,
};

interface Candidate {
  el: Element;
  opacity: number;
  visibility: string;
  top: number;
  tried: boolean;
  kind: string | null;
}

/**
 * In-page: scrolls the page through and remembers what revealed itself. Answers how many elements
 * did (0 at once, without scrolling, when nothing on the page is held hidden). Self-contained: the
 * browser receives this function's source, nothing it closes over.
 */
export async function scrollReveal(settings: ScrollRevealSettings): Promise<number> {
  const { maxMs, maxSteps, stepMs, maxScanned, maxCandidates, afterScrollMs } = settings;
  const startedAt = performance.now();
  const doc = document;
  if (!doc.body) return 0;
  const holder = window as unknown as Record<string, WeakSet<Element> | undefined>;
  let revealed = holder[settings.revealed];
  if (!revealed) {
    revealed = new WeakSet<Element>();
    Object.defineProperty(window, settings.revealed, { value: revealed, enumerable: false, configurable: false, writable: false });
  }
  const remembered = revealed;
  const opacityOf = (style: CSSStyleDeclaration) => Number.parseFloat(style.opacity);
  const heldHidden = (style: CSSStyleDeclaration, parentStyle: CSSStyleDeclaration | null) =>
    style.display !== 'none' && (opacityOf(style) < 0.05 || (style.visibility === 'hidden' && (!parentStyle || parentStyle.visibility !== 'hidden')));
  const worthShowing = (el: Element) => (el.textContent ?? '').trim().length > 0 || el.querySelector('input, textarea, select, a[href], img, iframe') !== null;
  // An element's kind: its classes, data attribute names and inline style; none for a bare element, whose
  // transparency comes from elsewhere and says nothing about its neighbours.
  const kindOf = (el: Element): string | null => {
    const classes = [...el.classList].sort().join('.');
    const data = el.getAttributeNames().filter((name) => name.startsWith('data-')).sort().join(',');
    const inline = (el.getAttribute('style') ?? '').replace(/\s+/g, '');
    return classes || data || inline ? el.localName + '.' + classes + '[' + data + ']{' + inline + '}' : null;
  };
  const shownKinds = new Set<string>();
  // A reveal script's own marker (AOS's data-aos, a theme's "reveal" class) is a class or data attribute that elements
  // of two kinds or more showed themselves with, and that no element still hidden after it was scrolled into view carries.
  const tokensOf = (el: Element) => [...el.classList, ...el.getAttributeNames().filter((name) => name.startsWith('data-')).map((name) => '[' + name + ']')];
  const kindsShowing = new Map<string, Set<string>>();
  const candidates: Candidate[] = [];
  const all = doc.body.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < maxScanned && candidates.length < maxCandidates; i++) {
    const el = all[i]!;
    if (remembered.has(el)) continue;
    const style = getComputedStyle(el);
    if (!heldHidden(style, el.parentElement ? getComputedStyle(el.parentElement) : null)) continue;
    // Fixed and sticky layers (menus, toasts, back-to-top buttons) do not come into view by scrolling.
    if (style.position === 'fixed' || style.position === 'sticky') continue;
    const rect = el.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2 || !worthShowing(el)) continue;
    candidates.push({ el, opacity: opacityOf(style), visibility: style.visibility, top: rect.top + window.scrollY, tried: false, kind: kindOf(el) });
  }
  if (candidates.length === 0) return 0;
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const frames = async () => {
    await frame();
    await frame();
  };
  const ends = (animation: Animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity);
  // A fade-in: some keyframe makes the element opaque or visible (a dropdown's transform alone does not).
  const showsAtSomePoint = (animation: Animation) => ((animation.effect as KeyframeEffect | null)?.getKeyframes?.() ?? [])
    .some((keyframe) => (keyframe['opacity'] !== undefined && Number.parseFloat(String(keyframe['opacity'])) > 0.05) || keyframe['visibility'] === 'visible');
  const pending = new Set(candidates);
  const showing = (candidate: Candidate) => {
    const style = getComputedStyle(candidate.el);
    if (opacityOf(style) > candidate.opacity + 0.001) return true;
    if (candidate.visibility === 'hidden' && style.visibility !== 'hidden') return true;
    return candidate.el.getAnimations().some((animation) => animation.playState === 'running' && ends(animation) && showsAtSomePoint(animation));
  };
  const look = () => {
    for (const candidate of pending) {
      if (!showing(candidate)) continue;
      remembered.add(candidate.el);
      pending.delete(candidate);
      if (candidate.kind !== null) {
        shownKinds.add(candidate.kind);
        for (const token of tokensOf(candidate.el)) kindsShowing.set(token, (kindsShowing.get(token) ?? new Set<string>()).add(candidate.kind));
      }
      // A transition or animation that was started is the page's own reveal: end it now rather than wait it out.
      for (const animation of candidate.el.getAnimations({ subtree: true })) {
        try {
          if (ends(animation)) animation.finish();
        } catch {
          // An animation without an end cannot be finished.
        }
      }
    }
    const stuck = new Set<string>();
    for (const candidate of pending) if (candidate.tried) for (const token of tokensOf(candidate.el)) stuck.add(token);
    const marked = (candidate: Candidate) => !candidate.tried && tokensOf(candidate.el).some((token) => !stuck.has(token) && (kindsShowing.get(token)?.size ?? 0) >= 2);
    for (const candidate of pending) {
      if (candidate.kind === null || !(shownKinds.has(candidate.kind) || marked(candidate))) continue;
      remembered.add(candidate.el);
      pending.delete(candidate);
    }
  };
  // Blur filters and blend modes are painted in software here, on every frame a step waits for, and one frame
  // of a tab waits for the others': a page with large blurred shapes or an image blended over its hero took
  // seconds to scroll through, ten times that beside two more such tabs. They change no box, no opacity, no
  // visibility, so the pass runs without them, in a sheet the page's own observers cannot see come and go.
  const unfiltered = withoutFilters(doc);
  try {
    return await scrollThrough();
  } finally {
    unfiltered();
  }

  async function scrollThrough(): Promise<number> {
    const scroller = doc.scrollingElement ?? doc.documentElement;
    const startX = scroller.scrollLeft;
    const startY = scroller.scrollTop;
    const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    // Each step: a frame first (the scroll event is dispatched in it, so a poller's "scrolled" flag is set), then a timer
    // after every poll that could read that flag, then the frames that apply what the handlers did. Without the first
    // frame a poll could run between the scroll and its event, see nothing to do, and the next step scroll past the element.
    const settleStep = async () => {
      await frames();
      await pause(stepMs);
      await frames();
      look();
    };
    await frames();
    look();
    // What has been in view since the page loaded and is still hidden (a closed dropdown) is not revealed by scrolling.
    for (const candidate of pending) if (candidate.top < scroller.scrollTop + window.innerHeight) candidate.tried = true;
    let scrolled = false;
    // Scroll only to where hidden elements wait, one viewport at a time, nearest first; what stays hidden in view is not tried again.
    // A page whose every frame takes seconds (software-rendered blur filters) is scrolled as far as the bound allows.
    for (let step = 0; step < maxSteps && pending.size > 0 && performance.now() - startedAt < maxMs; step++) {
      const viewTop = scroller.scrollTop;
      const next = [...pending].filter((candidate) => !candidate.tried).sort((a, b) => a.top - b.top)[0];
      if (!next) break;
      const end = Math.max(0, scroller.scrollHeight - window.innerHeight);
      const y = Math.min(end, Math.max(0, next.top - Math.floor(window.innerHeight / 3)));
      // 'instant': under the page's `scroll-behavior: smooth` a step would glide a few pixels per frame, drawing each,
      // and be read far short of where it was sent (99 px of 5,000 after the step's wait).
      window.scrollTo({ left: startX, top: y, behavior: 'instant' });
      scrolled = true;
      await settleStep();
      const bottom = scroller.scrollTop + window.innerHeight;
      for (const candidate of pending) if (candidate.top < bottom && candidate.top + 1 >= scroller.scrollTop - window.innerHeight) candidate.tried = true;
      next.tried = true;
      if (y === viewTop && y === end) break;
    }
    if (!scrolled) return candidates.length - pending.size;
    // Throttled handlers (AOS waits 99 ms) answer the last scroll late: a timer queued after theirs.
    await pause(afterScrollMs);
    await frames();
    look();
    window.scrollTo({ left: startX, top: startY, behavior: 'instant' });
    await frame();
    return candidates.length - pending.size;
  }

  function withoutFilters(document: Document): () => void {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('*, *::before, *::after { filter: none !important; backdrop-filter: none !important; -webkit-backdrop-filter: none !important; mix-blend-mode: normal !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      return () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((kept) => kept !== sheet);
      };
    } catch {
      // A browser without constructable sheets: the pass is only slower.
      return () => undefined;
    }
  }
}
