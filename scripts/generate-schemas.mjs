// Writes schema/*.json from the zod schemas in the built package (run `npm run build` first).
import { writeFileSync } from 'node:fs';
import { generatedJsonSchemas, schemaFileText } from '../dist/model/json-schemas.js';

for (const [file, schema] of Object.entries(generatedJsonSchemas())) {
  writeFileSync(new URL(`../schema/${file}`, import.meta.url), schemaFileText(schema));
  console.log(`schema/${file}`);
}
