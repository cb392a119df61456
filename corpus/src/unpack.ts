/**
 * `node dist-corpus/corpus/src/unpack.js <id>`: unpacks one corpus site from its mirror and prints
 * the folder to serve, for a person establishing or checking its truth by hand. It audits nothing.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './load-corpus.js';
import { materialize, mirrorOf } from './materialize.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const id = process.argv[2];
const site = loadCorpus(join(ROOT, 'corpus', 'sites')).find((entry) => entry.id === id);
if (!site) {
  process.stderr.write(`no corpus site ${id ?? '(none given)'}\n`);
  process.exit(2);
}
const mirrors = process.env.KONTAKTKOLL_CORPUS_MIRRORS ?? join(ROOT, '..', '.mirror');
const mirror = mirrorOf(mirrors, site.repo);
if (!mirror) {
  process.stderr.write(`no mirror of ${site.repo} under ${mirrors}\n`);
  process.exit(2);
}
console.log(await materialize(site, mirror, join(ROOT, '.kontaktkoll', 'corpus')));
