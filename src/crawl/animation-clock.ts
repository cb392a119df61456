import type { CDPSession } from 'playwright-core';

/**
 * How much faster than real time a crawl tab's animation clock runs.
 *
 * What a page animates in CSS or with `element.animate()` (a fade-in, a menu sliding open, a
 * section held back by an `animation-delay`) is drawn frame by frame while the crawl waits for the
 * page to settle, and those frames are most of what a page costs after it has loaded: measured on
 * real WordPress exports, the browser's compositor used half as much CPU with the clock 100× fast.
 * At 100× a one-second transition ends within a frame, and a delay of seconds is over before the
 * page has settled, so each such element is read as a person sees it once the page stands still:
 * at its end state, reached sooner and the same however busy the machine is. Script timers and
 * `requestAnimationFrame` keep real time; a slider a script drives is not changed.
 */
export const ANIMATION_CLOCK_RATE = 100;

/** Runs the tab's animation clock fast (see `ANIMATION_CLOCK_RATE`): set once, it holds for every later document of the tab. */
export async function quickenAnimations(session: CDPSession): Promise<void> {
  await session.send('Animation.setPlaybackRate', { playbackRate: ANIMATION_CLOCK_RATE });
}
