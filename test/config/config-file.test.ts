import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { findConfigFile, loadConfig, readConfigFile } from '../../src/config/config-file.js';
import { mergeLayers } from '../../src/config/config-merge.js';
import { ConfigError, UsageError } from '../../src/errors.js';
import { generatedJsonSchemas } from '../../src/model/json-schemas.js';
import { initialConfig } from '../../src/cli/init-command.js';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kontaktkoll-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('finding the config file', () => {
  it('is found from the working directory upward', () => {
    const root = project({ 'kontaktkoll.config.json': '{}', 'a/b/c/.keep': '' });
    expect(findConfigFile(join(root, 'a', 'b', 'c'))).toBe(join(root, 'kontaktkoll.config.json'));
  });
  it('the nearest folder wins', () => {
    const root = project({ 'kontaktkoll.config.json': '{}', 'a/kontaktkoll.config.yaml': 'maxPages: 5\n', 'a/b/.keep': '' });
    expect(findConfigFile(join(root, 'a', 'b'))).toBe(join(root, 'a', 'kontaktkoll.config.yaml'));
  });
  it('is null when there is none', async () => {
    const root = project({ 'x/.keep': '' });
    // tmpdir() has no config above it on this machine; a config found there would be a stray file.
    expect(findConfigFile(join(root, 'x'))).toBe(findConfigFile(tmpdir()));
  });
  it('--config naming a missing file is a usage error', async () => {
    await expect(loadConfig({ explicit: 'nope.json', cwd: project({}) })).rejects.toBeInstanceOf(UsageError);
  });
});

describe('reading json, yaml and mjs alike', () => {
  const settings = { maxPages: 12, device: 'mobile', format: ['json', 'sarif'], expect: { maxClicks: { phone: 1 } } };
  it.each([
    ['kontaktkoll.config.json', JSON.stringify(settings)],
    ['kontaktkoll.config.yaml', 'maxPages: 12\ndevice: mobile\nformat: [json, sarif]\nexpect:\n  maxClicks:\n    phone: 1\n'],
    ['kontaktkoll.config.mjs', `export default ${JSON.stringify(settings)};\n`],
  ])('%s', async (name, text) => {
    const root = project({ [name]: text });
    expect(await readConfigFile(join(root, name))).toEqual(settings);
  });

  it('device both, as on the command line: each device audited and their differences reported', async () => {
    const root = project({ 'kontaktkoll.config.yaml': 'device: both\n' });
    expect(await readConfigFile(join(root, 'kontaktkoll.config.yaml'))).toEqual({ device: 'both' });
    const bad = project({ 'kontaktkoll.config.json': '{"device": "tablet"}' });
    await expect(readConfigFile(join(bad, 'kontaktkoll.config.json'))).rejects.toThrow(/device/);
  });

  it('resolves rule pack files and the output folder next to the config, keeps pack names', async () => {
    const root = project({ 'ci/kontaktkoll.config.json': JSON.stringify({ rules: './packs/ours.yaml', outputDir: 'out' }), 'ci/other.json': JSON.stringify({ rules: 'se' }) });
    expect(await readConfigFile(join(root, 'ci', 'kontaktkoll.config.json'))).toEqual({ rules: join(root, 'ci', 'packs', 'ours.yaml'), outputDir: join(root, 'ci', 'out') });
    expect((await readConfigFile(join(root, 'ci', 'other.json'))).rules).toBe('se');
  });

  it.each([
    ['{"maxPages": 0}', /maxPages — /],
    ['{"maxPage": 10}', /maxPage/],
    ['{"expect": {"maxClicks": {"fax": 1}}}', /expect\.maxClicks/],
    ['{"format": ["pdf"]}', /format\[0\]/],
    ['{ not json', /not valid JSON/],
  ])('%s is a config error that says where', async (text, message) => {
    const root = project({ 'kontaktkoll.config.json': text });
    const load = readConfigFile(join(root, 'kontaktkoll.config.json'));
    await expect(load).rejects.toBeInstanceOf(ConfigError);
    await expect(load).rejects.toThrow(message);
  });
});

describe('precedence: defaults < config file < flags', () => {
  it('a flag not given never erases a config value', () => {
    const merged = mergeLayers<{ maxPages: number; device: string; lang?: string }>(
      { maxPages: 60, device: 'desktop' },
      { maxPages: 10, lang: 'sv' },
      { device: 'mobile', lang: undefined },
    );
    expect(merged).toEqual({ maxPages: 10, device: 'mobile', lang: 'sv' });
  });
});

describe('the shipped config JSON Schema', () => {
  const schema = generatedJsonSchemas()['config.schema.json'] as Record<string, unknown>;
  const validate = new Ajv2020({ strict: false }).compile(schema);
  it('accepts what init writes', () => {
    expect(validate(initialConfig())).toBe(true);
  });
  it('rejects what zod rejects', () => {
    expect(validate({ maxPages: 'many' })).toBe(false);
    expect(validate({ unknownKey: true })).toBe(false);
  });
});
