import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { channelNameSchema, staffingSchema } from '../../src/model/channel-items.js';
import { ruleStatusSchema, deviceSchema } from '../../src/model/audit-result.js';
import { packagePath } from '../../src/util/package-root.js';

export const FIXTURES_DIR = packagePath('fixtures', 'sites');

const expectedChannelSchema = z.strictObject({
  found: z.boolean(),
  clicks: z.number().int().nullable().optional(),
  values: z.array(z.string()).optional(),
  absent: z.array(z.string()).optional(),
  structuredDataOnly: z.boolean().optional(),
  /** The click path after the start, as `action:label` steps, e.g. ["menu:Meny", "link:Kontakta oss"]. */
  path: z.array(z.string()).optional(),
  /** Chat only: who answers the nearest chat, and from how many clicks a person is known to. */
  staffing: staffingSchema.optional(),
  humanClicks: z.number().int().nullable().optional(),
});

const expectedBarrierSchema = z.strictObject({
  kind: z.string(),
  clicks: z.number().int().optional(),
  coveredContact: z.boolean().optional(),
  passed: z.boolean().optional(),
  /** Text the barrier's detail must contain (e.g. the button pressed). */
  detailIncludes: z.string().optional(),
  /** The consent platform that passed it: autoconsent's rule name, or "generic". */
  platform: z.string().optional(),
});

/** What another device must report; with this, the fixture is audited with `device: "both"`. */
const expectedDeviceSchema = z.strictObject({
  channels: z.record(channelNameSchema, expectedChannelSchema.pick({ found: true, clicks: true, path: true })),
  humanContactClicks: z.number().int().nullable(),
});

/** The contract of a fixture's expected.json; a typo in one fails loudly rather than asserting nothing. */
export const expectedSchema = z.strictObject({
  description: z.string(),
  startPath: z.string().default('/'),
  device: deviceSchema.default('desktop'),
  channels: z.record(channelNameSchema, expectedChannelSchema),
  humanContactClicks: z.number().int().nullable(),
  rules: z.record(z.string(), ruleStatusSchema).optional(),
  rulePack: z.string().optional(),
  /** Barriers the audit must report, in order; when given, no other barrier may be reported. */
  barriers: z.array(expectedBarrierSchema).optional(),
  devices: z.strictObject({ mobile: expectedDeviceSchema }).optional(),
});
export type Expected = z.infer<typeof expectedSchema>;

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES_DIR, entry.name, 'expected.json')))
    .map((entry) => entry.name)
    .sort();
}

export function loadExpected(name: string): Expected {
  return expectedSchema.parse(JSON.parse(readFileSync(join(FIXTURES_DIR, name, 'expected.json'), 'utf8')));
}
