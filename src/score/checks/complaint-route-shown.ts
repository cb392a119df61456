import { defineCheck } from '../check-definition.js';
import { judgeRoute, routeOptionsSchema } from './route-shown.js';

/** A customer finds how to complain (reklamation, klage, reklamacja…) within a few clicks. */
export const complaintRouteShown = defineCheck({
  kind: 'complaintRouteShown',
  description: 'A route for complaints (reklamation, klage, reklamacja, complaint…) is shown as a link or heading within a number of clicks.',
  deeperPages: 'keeps-pass',
  optionsSchema: routeOptionsSchema,
  evaluate({ signals }, { maxClicks }) {
    return judgeRoute(signals.complaintRoute, maxClicks);
  },
  clicksBound: ({ maxClicks }) => maxClicks,
});
