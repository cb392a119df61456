import { z } from 'zod';
import { defineCheck } from '../check-definition.js';

/**
 * A trust or quality mark is shown (Trygg Kundkontakt, Trygg e-handel, e-mærket…).
 * Informational: a missing mark is not applicable unless the pack says it is required.
 */
export const trustMarkShown = defineCheck({
  kind: 'trustMarkShown',
  description: 'A trust or quality mark (Trygg Kundkontakt, Trygg e-handel, e-mærket…) is shown; informational unless required.',
  deeperPages: 'keeps-pass',
  optionsSchema: z.strictObject({
    /** Mark ids that count, e.g. ["trygg-kundkontakt"]; empty: any. @default [] */
    marks: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
    /** A missing mark fails the rule instead of being not applicable. @default false */
    required: z.boolean().default(false),
  }),
  evaluate({ signals }, { marks, required }) {
    const shown = signals.trustMarks.filter((mark) => marks.length === 0 || marks.includes(mark.mark));
    const clicks = shown.reduce<number | null>((min, mark) => (min === null || mark.clicks < min ? mark.clicks : min), null);
    const data = { marks: shown.map((mark) => mark.name).join(', ') || null, clicks };
    if (shown.length > 0) return { status: 'pass', data };
    return { status: required ? 'fail' : 'not-applicable', data };
  },
});
