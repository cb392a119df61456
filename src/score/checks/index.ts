import type { CheckDefinition } from '../check-definition.js';
import { cancellationRouteShown } from './cancellation-route-shown.js';
import { complaintRouteShown } from './complaint-route-shown.js';
import { contactLinkOnEveryPage } from './contact-link-on-every-page.js';
import { hoursCoverage } from './hours-coverage.js';
import { hoursStated } from './hours-stated.js';
import { maxClicks } from './max-clicks.js';
import { notChatbotOnly } from './not-chatbot-only.js';
import { notImageOnly } from './not-image-only.js';
import { notPremiumRate } from './not-premium-rate.js';
import { orgNumberShown } from './org-number-shown.js';
import { present } from './present.js';
import { trustMarkShown } from './trust-mark-shown.js';
import { twoMeansOfContact } from './two-means-of-contact.js';
import { writtenChannelKeepsRecord } from './written-channel-keeps-record.js';

/** Every check kind a rule pack may name, by kind. Adding a rule never needs code; adding a kind does. */
export const CHECKS: ReadonlyMap<string, CheckDefinition> = new Map<string, CheckDefinition>(
  [
    cancellationRouteShown, complaintRouteShown, contactLinkOnEveryPage, hoursCoverage, hoursStated, maxClicks,
    notChatbotOnly, notImageOnly, notPremiumRate, orgNumberShown, present, trustMarkShown, twoMeansOfContact,
    writtenChannelKeepsRecord,
  ].map((check) => [check.kind, check as unknown as CheckDefinition]),
);
