import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { channelNameSchema } from '../../src/model/channel-items.js';
import { ruleStatusSchema, deviceSchema } from '../../src/model/audit-result.js';
import { packagePath } from '../../src/util/package-root.js';

export const FIXTURES_DIR = packagePath('fixtures', 'sites');

const expectedChannelSchema = z.strictObject({
  found: z.boolean(),
  clicks: z.number().int().nullable().optional(),
  values: z.array(z.string()).optional(),
  absent: z.array(z.string()).optional(),
  structuredDataOnly: z.boolean().optional(),
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
