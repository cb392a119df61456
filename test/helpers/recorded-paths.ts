import type { PageSnapshot } from '../../src/model/page-snapshot.js';

/** What a crawl recorded, in its order: each view's path as the labels and pages clicked through. */
export const recorded = (snapshots: PageSnapshot[]): string[] =>
  snapshots.map((snapshot) => snapshot.path.map((step) => `${step.label} ${new URL(step.url).pathname}`).join(' > '));
