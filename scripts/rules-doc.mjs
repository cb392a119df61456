// Writes docs/rules.md from the bundled rule packs in the built package (run `npm run build` first).
import { writeFileSync } from 'node:fs';
import { loadRulePack } from '../dist/config/rule-pack-loader.js';
import { bundledPackIds, rulesDocument } from '../dist/audit/rules-listing.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesDocument(bundledPackIds().map((id) => loadRulePack(id))));
console.log('docs/rules.md');
