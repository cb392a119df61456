import type { Command } from 'commander';
import { mergeLayers } from '../config/config-merge.js';
import type { ConfigFile } from '../model/config.js';
import type { ReportLang } from '../model/report-lang.js';
import { localeLang } from './option-parsers.js';

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

/** The config file's settings: each has the name of the audit command's flag (`timeout` for `--timeout`). */
export function configAsFlags(config: ConfigFile): Record<string, unknown> {
  // The schema and the promises are not flags: the command reads `expect` itself.
  const { $schema: _schema, expect: _expect, ...flags } = config;
  return flags;
}

/** The audit settings a person writes (flags, config file), as the audit options name them. */
export interface WrittenSettings<D> {
  maxPages: number;
  maxDepth?: number | undefined;
  /** Seconds: the audit options' `timeoutSeconds`. */
  timeout: number;
  device: D;
  rules?: string;
  lang?: ReportLang;
}

/**
 * The one place the names a person writes become the audit options' names (`--timeout` and config
 * `timeout` are `timeoutSeconds`), and where a report language not given falls back to the locale's.
 */
export function auditSettingsOf<D>(settings: WrittenSettings<D>) {
  return {
    maxPages: settings.maxPages,
    ...(settings.maxDepth !== undefined ? { maxDepth: settings.maxDepth } : {}),
    timeoutSeconds: settings.timeout,
    device: settings.device,
    ...(settings.rules ? { rules: settings.rules } : {}),
    lang: settings.lang ?? localeLang(),
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
