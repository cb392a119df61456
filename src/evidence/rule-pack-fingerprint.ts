import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { LoadedPack } from '../config/rule-pack-loader.js';
import { canonicalJson } from './canonical-json.js';
import { sha256 } from './sha256.js';

/**
 * Packs carry no version number: what identifies the rules an audit judged by is a hash of the
 * pack as loaded (after extends and overrides), and of each file it came from. File paths are
 * left out, so the same pack installed elsewhere hashes the same.
 */
export function rulePackFingerprint(pack: LoadedPack): { sha256: string; files: Array<{ name: string; sha256: string }> } {
  return {
    sha256: sha256(canonicalJson({ id: pack.id, lang: pack.lang, title: pack.title, rules: pack.rules })),
    files: pack.files.map((file) => ({ name: basename(file), sha256: sha256(readFileSync(file)) })),
  };
}
