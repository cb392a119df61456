import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/util/package-root.js';
import { SURVIVAL_TABLE } from './survival-table.js';

describe('README "What kontaktkoll survives"', () => {
  const readme = readFileSync(packagePath('README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('What kontaktkoll survives')) ?? '';

  it.each(SURVIVAL_TABLE)('lists "$hostile" with its tested outcome', ({ hostile, outcome }) => {
    expect(section).toContain(`| ${hostile} | ${outcome} |`);
  });
});
