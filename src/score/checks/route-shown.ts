import { z } from 'zod';
import type { Signals } from '../../model/signals.js';
import type { CheckOutcome } from '../check-definition.js';

/** Options shared by the route checks (complaints, cancellation). */
export const routeOptionsSchema = z.strictObject({
  /** Most clicks from the start page to the route's content. @default 3 */
  maxClicks: z.number().int().nonnegative().default(3),
});

export function judgeRoute(route: Signals['complaintRoute'], maxClicks: number): CheckOutcome {
  const data = { clicks: route?.clicks ?? null, maxClicks, label: route?.label ?? null, url: route?.url ?? null, via: route?.via ?? null };
  return { status: route !== null && route.clicks <= maxClicks ? 'pass' : 'fail', data };
}
