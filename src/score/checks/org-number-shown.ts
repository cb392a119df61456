import { z } from 'zod';
import { ORG_NUMBER_KINDS, orgNumberKindSchema } from '../../model/signals.js';
import { defineCheck } from '../check-definition.js';

/**
 * The trader's registration number is shown (ECD art. 5(1)(d); e-handelslagen 8 §), and it
 * is a real one: its check digit is right. A wrong check digit is reported, not accepted.
 */
export const orgNumberShown = defineCheck({
  kind: 'orgNumberShown',
  description: 'A business registration number (SE orgnr, DK CVR, PL NIP/KRS, FI Y-tunnus, ES NIF) with a valid check digit is shown.',
  deeperPages: 'keeps-pass',
  optionsSchema: z.strictObject({
    /** Which ids count. @default all */
    kinds: z.array(orgNumberKindSchema).min(1).default([...ORG_NUMBER_KINDS]),
    /** Most clicks from the start page; null: anywhere. @default null */
    maxClicks: z.number().int().nonnegative().nullable().default(null),
  }),
  evaluate({ signals }, { kinds, maxClicks }) {
    const ofKind = signals.orgNumbers.filter((id) => kinds.includes(id.kind));
    const valid = ofKind.filter((id) => id.valid).sort((a, b) => a.clicks - b.clicks);
    const invalid = ofKind.filter((id) => !id.valid).map((id) => id.value).join(', ') || null;
    const best = valid[0];
    const data = { kinds: kinds.join(', '), value: best?.value ?? null, kind: best?.kind ?? null, clicks: best?.clicks ?? null, maxClicks, invalid };
    const near = best !== undefined && (maxClicks === null || best.clicks <= maxClicks);
    return { status: near ? 'pass' : 'fail', data };
  },
  clicksBound: ({ maxClicks }) => maxClicks,
});
