import type { Command } from 'commander';
import { mergeLayers } from '../config/config-merge.js';
import type { ConfigFile } from '../model/config.js';

/** Flags whose value commander filled from a default: the lowest layer, under the config file. */
export function splitBySource<T extends object>(flags: T, command: Command): { defaults: Partial<T>; given: Partial<T> } {
  const defaults: Partial<T> = {};
  const given: Partial<T> = {};
  for (const [key, value] of Object.entries(flags) as Array<[keyof T & string, T[keyof T & string]]>) {
    const source = command.getOptionValueSource(key);
    if (source === 'default' || source === undefined) defaults[key] = value;
    else given[key] = value;
  }
  return { defaults, given };
}

/** The config file's audit settings under the names the audit command's flags use. */
export function configAsFlags(config: ConfigFile): Record<string, unknown> {
  return {
    rules: config.rules, maxPages: config.maxPages, maxDepth: config.maxDepth, timeout: config.timeout, device: config.device,
    format: config.format, outputDir: config.outputDir, lang: config.lang, concurrency: config.concurrency, engine: config.engine,
    failUnder: config.failUnder, failOn: config.failOn, stable: config.stable, lawScope: config.lawScope,
  };
}

/** defaults < config file < flags given on the command line (a rule pack sets no flags today). */
export function mergeFlags<T extends object>(flags: T, command: Command, config: ConfigFile | undefined): T {
  const { defaults, given } = splitBySource(flags, command);
  const fromConfig = config ? configAsFlags(config) : undefined;
  // `--output file` on the command line replaces the config's output folder rather than clashing with it.
  if (fromConfig && 'output' in given) delete fromConfig.outputDir;
  const merged = mergeLayers<T>(defaults, fromConfig as Partial<T> | undefined, given) as T & { lawScope?: object };
  // A scope given on the command line overrides the config's for that scope only.
  if (config?.lawScope && 'lawScope' in given) merged.lawScope = { ...config.lawScope, ...(given as { lawScope?: object }).lawScope };
  return merged;
}
