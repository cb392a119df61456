import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedJsonSchemas, schemaFileText } from '../../src/model/json-schemas.js';
import { packagePath } from '../../src/util/package-root.js';

describe('shipped JSON Schemas', () => {
  it.each(Object.entries(generatedJsonSchemas()))('schema/%s is current with the zod schema (run npm run schema)', (file, schema) => {
    expect(readFileSync(packagePath('schema', file), 'utf8')).toBe(schemaFileText(schema));
  });
});
