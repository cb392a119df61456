import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/index.js';
import { buildResult, hostileResult } from './result-builder.js';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/**
 * The SARIF 2.1.0 schema (draft-04; see test/fixtures/sarif/README.md), read as draft-07, which means
 * the same for its keywords. Its patterns are ECMAScript without the u flag (one is invalid with it).
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ ...rest, $id: String(id) });
}

describe('SARIF validates against the SARIF 2.1.0 JSON Schema', () => {
  const validate = sarifValidator();
  it.each([
    ['a typical result', buildResult()],
    ['a result in Swedish', buildResult({ lang: 'sv' })],
    ['a hostile page', hostileResult()],
  ])('%s', (_name, result) => {
    const log = JSON.parse(render(result, 'sarif', { color: false }));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects a broken log, so the check above has teeth', () => {
    const log = JSON.parse(render(buildResult(), 'sarif', { color: false }));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });
});
