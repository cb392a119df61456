import { z } from 'zod';
import { auditResultSchema } from './audit-result.js';
import { rulePackSchema } from './rule-pack.js';
import { configFileSchema } from './config.js';

/** The JSON Schemas shipped in schema/, generated from the zod schemas (the single source of truth). */
export function generatedJsonSchemas(): Record<string, unknown> {
  return {
    'audit-result.schema.json': {
      ...z.toJSONSchema(auditResultSchema, { target: 'draft-2020-12', io: 'output' }),
      $id: 'https://kontaktkoll.invalid/schema/audit-result.schema.json',
      title: 'kontaktkoll audit result (schemaVersion 1)',
    },
    'rule-pack.schema.json': {
      ...z.toJSONSchema(rulePackSchema, { target: 'draft-2020-12', io: 'input' }),
      $id: 'https://kontaktkoll.invalid/schema/rule-pack.schema.json',
      title: 'kontaktkoll rule pack',
    },
    'config.schema.json': {
      ...z.toJSONSchema(configFileSchema, { target: 'draft-2020-12', io: 'input' }),
      $id: 'https://kontaktkoll.invalid/schema/config.schema.json',
      title: 'kontaktkoll config file (kontaktkoll.config.json / .yaml / .mjs)',
    },
  };
}

export function schemaFileText(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
