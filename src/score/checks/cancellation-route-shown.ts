import { defineCheck } from '../check-definition.js';
import { judgeRoute, routeOptionsSchema } from './route-shown.js';

/** "As easy to cancel as to sign up": how to end a contract (säga upp, opsig, wypowiedzenie…) is shown within a few clicks. */
export const cancellationRouteShown = defineCheck({
  kind: 'cancellationRouteShown',
  description: 'A route for ending a contract (säga upp, opsig, wypowiedzenie, cancel…) is shown as a link or heading within a number of clicks.',
  deeperPages: 'keeps-pass',
  optionsSchema: routeOptionsSchema,
  evaluate({ signals }, { maxClicks }) {
    return judgeRoute(signals.cancellationRoute, maxClicks);
  },
  clicksBound: ({ maxClicks }) => maxClicks,
});
