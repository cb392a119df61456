import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { corpusSiteSchema, type CorpusSite } from './manifest.js';

/** Every site of the corpus folder, checked against the manifest schema; one bad file names itself. */
export function loadCorpus(dir: string): CorpusSite[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  return files.map((name) => {
    const parsed = corpusSiteSchema.safeParse(parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${name}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
    }
    if (`${parsed.data.id}.yaml` !== name) throw new Error(`${name}: id ${parsed.data.id} does not match the file name`);
    return parsed.data;
  });
}
