#!/usr/bin/env node
import { existsSync } from 'node:fs';

// The bundled CLI (scripts/bundle-cli.mjs): a few modules to load at start instead of hundreds.
const entry = new URL('../dist/bundle/kontaktkoll.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('kontaktkoll: not built yet — run "npm run build" (npm install does it for you)\n');
  process.exit(2);
}
const { main } = await import(entry.href);
await main(process.argv);
