import { UsageError } from '../errors.js';

export function parseIntOption(flag: string, min: number): (value: string) => number {
  return (value: string) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min) throw new UsageError(`${flag} must be a whole number ≥ ${min}, not "${value}"`);
    return parsed;
  };
}

export function parseNumberOption(flag: string): (value: string) => number {
  return (value: string) => {
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new UsageError(`${flag} must be a positive number, not "${value}"`);
    return parsed;
  };
}

/** Swedish when the user's locale is Swedish, English otherwise. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): 'sv' | 'en' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^sv/i.test(locale) ? 'sv' : 'en';
}
