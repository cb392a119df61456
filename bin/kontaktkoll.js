#!/usr/bin/env node
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/index.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('kontaktkoll: not built yet — run "npm run build" (npm install does it for you)\n');
  process.exit(2);
}
const { main } = await import(entry.href);
await main(process.argv);
