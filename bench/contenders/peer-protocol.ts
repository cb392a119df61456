import type { PeerChannel } from './contact-extraction.js';
import { contextOptionsFor } from '../../src/crawl/device-profile.js';

/**
 * The page as kontaktkoll's desktop audit shows it: its window size and the visitor's wish for
 * less motion. A browser peer renders the same views, or its page rate would be that of a smaller,
 * differently animated page (Playwright's default window is 1280×720, a third fewer pixels to draw).
 */
export interface PeerView {
  width: number;
  height: number;
  deviceScaleFactor: number;
  reducedMotion: 'reduce' | 'no-preference';
}

export function kontaktkollView(): PeerView {
  const options = contextOptionsFor('desktop');
  return {
    width: options.viewport?.width ?? 1280, height: options.viewport?.height ?? 720,
    deviceScaleFactor: options.deviceScaleFactor ?? 1, reducedMotion: options.reducedMotion === 'reduce' ? 'reduce' : 'no-preference',
  };
}

/** What the bench hands a peer process (as JSON in argv[2]). */
export interface PeerInput {
  startUrl: string;
  /** For the raw loop: the views to show, in breadth-first order. Crawlers discover their own. */
  views?: ViewToShow[];
  executablePath: string;
  concurrency: number;
  /** No new page is started after this long; what was done by then is reported. */
  budgetMs: number;
  /** Chromium flags after QUIET_FLAGS (the real-site bench: the loopback-only host resolver). */
  browserArgs?: string[];
  /** The window and motion setting kontaktkoll's audit uses (see `kontaktkollView`). */
  view: PeerView;
  /** Crawlee's storage folder (kept out of the working tree). */
  storageDir?: string;
}

/**
 * A view as plain Playwright shows it: the page loaded, then each control named clicked in turn
 * (a view kontaktkoll opened by pressing a control on its page: an accordion's question, a menu).
 */
export interface ViewToShow {
  url: string;
  /** The labels of the controls pressed, in order; none: the page as it loads. */
  presses: string[];
}

/** What a peer prints as its last stdout line. */
export interface PeerReport {
  peer: string;
  pagesDone: number;
  pagesFailed: number;
  /** Of the views done, those shown by pressing controls on their page (the raw loop; absent before it pressed). */
  viewsPressed?: number;
  /** Every page it would visit was visited (false when the time budget ran out). */
  complete: boolean;
  /** From before the browser launch (or first request) to the end, inside the process. */
  elapsedMs: number;
  channels: Record<PeerChannel, number | null>;
}

export function readPeerInput(): PeerInput {
  const raw = process.argv[2];
  if (!raw) throw new Error('expected the peer input as JSON in the first argument');
  return JSON.parse(raw) as PeerInput;
}

export function printReport(report: PeerReport): void {
  process.stdout.write(`\n${JSON.stringify(report)}\n`);
}
