import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildProgram } from '../../src/cli/index.js';
import { HELP_EXAMPLES } from '../../src/cli/help-examples.js';
import * as library from '../../src/index.js';
import { generatedJsonSchemas } from '../../src/model/json-schemas.js';
import { packagePath } from '../../src/util/package-root.js';

const text = (...path: string[]) => readFileSync(packagePath(...path), 'utf8');

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode | SchemaNode[];
  prefixItems?: SchemaNode[];
  additionalProperties?: SchemaNode | boolean;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
}

/**
 * The path of every property without a description, wherever it is nested: in objects, array
 * items, unions (a nullable object is an anyOf), record values and $defs.
 */
function undescribedProperties(schema: unknown, root: string): string[] {
  const missing: string[] = [];
  const walk = (node: SchemaNode | boolean | undefined, at: string): void => {
    if (!node || typeof node !== 'object') return;
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      if (!property.description) missing.push(`${at}.${name}`);
      walk(property, `${at}.${name}`);
    }
    for (const item of [node.items ?? []].flat()) walk(item, `${at}[]`);
    for (const item of node.prefixItems ?? []) walk(item, `${at}[]`);
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) walk(branch, at);
    walk(node.additionalProperties, `${at}.*`);
    for (const [name, definition] of Object.entries(node.$defs ?? {})) walk(definition, `${root}#/$defs/${name}`);
  };
  walk(schema as SchemaNode, root);
  return missing;
}

describe('--help examples', () => {
  const program = buildProgram();

  it('every command has examples, and every flag in them is one the command takes', () => {
    for (const command of program.commands.filter((candidate) => candidate.name() !== 'help')) {
      const examples = HELP_EXAMPLES[command.name()];
      expect(examples?.length, command.name()).toBeGreaterThan(0);
      const flags = new Set(command.options.map((option) => option.long));
      for (const example of examples!) {
        expect(example.startsWith(`kontaktkoll ${command.name()}`), example).toBe(true);
        for (const flag of example.split(/\s+/).filter((word) => word.startsWith('--'))) expect(flags.has(flag), `${example}: ${flag}`).toBe(true);
      }
    }
  });

  it('is printed after the options', () => {
    let help = '';
    const audit = program.commands.find((command) => command.name() === 'audit')!;
    audit.configureOutput({ writeOut: (out) => { help += out; } });
    audit.outputHelp();
    expect(help).toMatch(/Examples:\n {2}\$ kontaktkoll audit https:\/\/www\.exempel\.se\n/);
  });
});

describe('what ships beside the code', () => {
  it('a composite GitHub Action that audits, keeps the exit code and uploads SARIF', () => {
    const action = parse(text('action.yml')) as {
      inputs: Record<string, { required?: boolean }>;
      runs: { using: string; steps: Array<{ uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }> };
    };
    expect(action.runs.using).toBe('composite');
    expect(action.inputs.url?.required).toBe(true);
    const audit = action.runs.steps.find((step) => step.run?.includes('kontaktkoll@'))!;
    expect(audit.run).toContain('--format text,json,md,sarif,junit,html');
    // Every input reaches the audit step.
    for (const input of ['url', 'rules', 'fail-on', 'fail-under', 'output-dir', 'version']) {
      expect(Object.values(audit.env ?? {})).toContain(`\${{ inputs.${input} }}`);
    }
    expect(action.runs.steps.some((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    expect(action.runs.steps.at(-1)?.run).toContain('kontaktkoll-exit');
  });

  it('a Dockerfile with Node 20 and Debian\'s Chromium headless shell that the tool finds by KONTAKTKOLL_BROWSER', () => {
    const dockerfile = text('Dockerfile');
    expect(dockerfile).toMatch(/^FROM node:20-/m);
    expect(dockerfile).toMatch(/apt-get install[^\n]*\bchromium-headless-shell\b/);
    expect(dockerfile).toMatch(/KONTAKTKOLL_BROWSER=\/usr\/lib\/chromium\/chromium-headless-shell\b/);
    expect(dockerfile).toMatch(/ENTRYPOINT \["kontaktkoll"\]/);
  });

  it('a LICENSE that says what package.json says', () => {
    const pkg = JSON.parse(text('package.json')) as { license: string; files: string[]; exports: Record<string, string> };
    expect(pkg.license).toBe('MIT');
    expect(text('LICENSE')).toMatch(/^MIT License/);
    expect(pkg.files).toContain('LICENSE');
  });

  it('the JSON Schemas are exported from the package with a stable $id', () => {
    const pkg = JSON.parse(text('package.json')) as { exports: Record<string, string> };
    expect(pkg.exports['./schema/*.json']).toBe('./schema/*.json');
    for (const file of ['audit-result', 'config', 'rule-pack']) {
      expect(existsSync(packagePath('schema', `${file}.schema.json`))).toBe(true);
      const schema = JSON.parse(text('schema', `${file}.schema.json`)) as { $id: string };
      expect(schema.$id).toMatch(new RegExp(`/schema/${file}\\.schema\\.json$`));
    }
  });

  // The schemas as generated now (test/model/json-schema-files checks schema/ is the same), so a new field without a description is named at once.
  it.each(Object.keys(generatedJsonSchemas()))('every property of %s has a description an editor or a reader can show', (file) => {
    expect(undescribedProperties(generatedJsonSchemas()[file], file.replace(/\.schema\.json$/, ''))).toEqual([]);
  });

  it('the library exports the renderers, rescore and compare', () => {
    for (const name of ['audit', 'renderHtml', 'renderMarkdown', 'renderSarif', 'renderJunit', 'renderCsv', 'renderJson', 'render', 'rescore', 'compareResults', 'comparisonLines']) {
      expect(typeof (library as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
