import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ConfigError, UsageError } from '../errors.js';
import { configFileSchema, type ConfigFile } from '../model/config.js';
import { formatZodIssues } from './zod-issues.js';
import { firstLineOf } from '../util/first-line.js';

/** Looked for in this order in each folder, from the working directory up to the root. */
export const CONFIG_FILE_NAMES = ['kontaktkoll.config.json', 'kontaktkoll.config.yaml', 'kontaktkoll.config.yml', 'kontaktkoll.config.mjs'] as const;

export interface LoadedConfig {
  file: string;
  config: ConfigFile;
}

export function findConfigFile(from: string = process.cwd()): string | null {
  let folder = resolve(from);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(folder, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

/** The config named by `--config`, else the nearest one found upward; null when there is none. */
export async function loadConfig(options: { explicit?: string; cwd?: string } = {}): Promise<LoadedConfig | null> {
  if (options.explicit !== undefined) {
    const file = resolve(options.cwd ?? process.cwd(), options.explicit);
    if (!existsSync(file)) throw new UsageError(`no config file ${options.explicit}`);
    return { file, config: await readConfigFile(file) };
  }
  const file = findConfigFile(options.cwd);
  return file ? { file, config: await readConfigFile(file) } : null;
}

export async function readConfigFile(file: string): Promise<ConfigFile> {
  const raw = await readRaw(file);
  const parsed = configFileSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(file, formatZodIssues(parsed.error));
  return withPathsFrom(file, parsed.data);
}

async function readRaw(file: string): Promise<unknown> {
  if (file.endsWith('.mjs')) {
    try {
      const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
      return module.default;
    } catch (error) {
      throw new ConfigError(file, `could not load: ${firstLineOf(error)}`);
    }
  }
  const text = readFileSync(file, 'utf8');
  try {
    return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError(file, `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${firstLineOf(error)}`);
  }
}

/** Paths in a config file mean paths next to it, wherever the command runs; pack names stay names. */
function withPathsFrom(file: string, config: ConfigFile): ConfigFile {
  const folder = dirname(file);
  const rules = config.rules && /[/\\.]/.test(config.rules) && !isAbsolute(config.rules) ? resolve(folder, config.rules) : config.rules;
  const outputDir = config.outputDir && !isAbsolute(config.outputDir) ? resolve(folder, config.outputDir) : config.outputDir;
  return { ...config, ...(rules !== undefined ? { rules } : {}), ...(outputDir !== undefined ? { outputDir } : {}) };
}
