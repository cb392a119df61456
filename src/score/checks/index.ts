import type { CheckDefinition } from '../check-definition.js';
import { hoursStated } from './hours-stated.js';
import { maxClicks } from './max-clicks.js';
import { notPremiumRate } from './not-premium-rate.js';
import { present } from './present.js';
import { twoMeansOfContact } from './two-means-of-contact.js';

/** Every check kind a rule pack may name, by kind. Adding a rule never needs code; adding a kind does. */
export const CHECKS: ReadonlyMap<string, CheckDefinition> = new Map<string, CheckDefinition>(
  [hoursStated, maxClicks, notPremiumRate, present, twoMeansOfContact]
    .map((check) => [check.kind, check as unknown as CheckDefinition]),
);
