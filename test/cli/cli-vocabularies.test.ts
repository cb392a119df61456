import type { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { auditOptionsSchema } from '../../src/audit/audit-options.js';
import { auditSettingsOf } from '../../src/cli/audit-config.js';
import { buildProgram } from '../../src/cli/index.js';
import { EXIT, UsageError } from '../../src/errors.js';
import { deviceSchema, engineSchema } from '../../src/model/audit-result.js';
import { configFileSchema } from '../../src/model/config.js';
import { REPORT_LANGS } from '../../src/model/report-lang.js';
import {
  AUDIT_DEFAULTS, auditDeviceSchema, BATCH_DEFAULTS, failOnSchema, REPORT_FORMATS, rulesFormatSchema,
} from '../../src/model/settings.js';

// The CLI's flags take their values, help and errors from src/model: each vocabulary is checked
// here against the model's own list, never against a list written in this test.

const program = buildProgram();

function commandNamed(name: string): Command {
  const command = program.commands.find((candidate) => candidate.name() === name);
  if (!command) throw new Error(`no command ${name}`);
  return command;
}

function optionOf(commandName: string, flag: string): Option {
  const option = commandNamed(commandName).options.find((candidate) => candidate.long === flag);
  if (!option) throw new Error(`${commandName} has no ${flag}`);
  return option;
}

/** The flag's parser on `value`, as commander calls it. */
function parse(option: Option, value: string): unknown {
  return option.parseArg!(value, option.defaultValue);
}

/** What the parser throws for `value`: the one-line message and the exit code it leads to. */
function refusal(option: Option, value: string): { message: string; exitCode: number } {
  try {
    parse(option, value);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return { message: (error as UsageError).message, exitCode: (error as UsageError).exitCode };
  }
  throw new Error(`${option.long} took "${value}"`);
}

/** Each flag with a vocabulary, the commands that have it, and the model's list of its values. */
const CHOICES: Array<{ flag: string; commands: string[]; values: readonly string[] }> = [
  { flag: '--lang', commands: ['audit', 'batch', 'demo', 'rules', 'rescore', 'merge'], values: REPORT_LANGS },
  { flag: '--engine', commands: ['audit', 'batch'], values: engineSchema.options },
  { flag: '--device', commands: ['audit'], values: auditDeviceSchema.options },
  // A batch audits each site as one device: --device both is the audit command's.
  { flag: '--device', commands: ['batch'], values: deviceSchema.options },
  { flag: '--fail-on', commands: ['audit', 'report', 'rescore'], values: failOnSchema.options },
  { flag: '--format', commands: ['rules'], values: rulesFormatSchema.options },
];
const CASES = CHOICES.flatMap(({ flag, commands, values }) => commands.map((command) => ({ command, flag, values })));

describe('each flag with a vocabulary takes it from the model', () => {
  it.each(CASES)('$command $flag: its choices, its help and its accepted values are the model\'s', ({ command, flag, values }) => {
    const option = optionOf(command, flag);
    expect(option.argChoices).toEqual([...values]);
    const help = commandNamed(command).helpInformation();
    for (const value of values) expect(help).toContain(`"${value}"`);
    for (const value of values) expect(parse(option, value)).toBe(value);
  });

  it.each(CASES)('$command $flag: a value outside the model\'s list is one usage error naming them all (exit 2)', ({ command, flag, values }) => {
    const option = optionOf(command, flag);
    expect(refusal(option, 'xx')).toEqual({ message: `${flag} must be one of ${values.join(', ')}, not "xx"`, exitCode: EXIT.usage });
    // Case matters: a value is written as the model writes it.
    expect(refusal(option, values[0]!.toUpperCase()).message).toMatch(new RegExp(`^${flag} must be one of `));
  });

  it.each(['audit', 'report', 'rescore'])('%s --format lists the model\'s formats, takes any list of them and refuses another', (command) => {
    const option = optionOf(command, '--format');
    expect(option.description).toContain(REPORT_FORMATS.join(', '));
    expect(parse(option, REPORT_FORMATS.join(','))).toEqual([...REPORT_FORMATS]);
    expect(refusal(option, 'pdf')).toEqual({ message: `--format must be a list of ${REPORT_FORMATS.join(', ')}, not "pdf"`, exitCode: EXIT.usage });
  });
});

describe('each default is the model\'s', () => {
  const apiDefaults = auditOptionsSchema.parse({ url: 'https://exempel.se' });

  it.each(['audit', 'batch'])('%s: the flags\' defaults are the audit options\' defaults', (command) => {
    const defaults = (flag: string) => optionOf(command, flag).defaultValue as unknown;
    expect({
      maxPages: defaults('--max-pages'), maxDepth: defaults('--max-depth'), timeoutSeconds: defaults('--timeout'),
      device: defaults('--device'), engine: defaults('--engine'),
    }).toEqual({
      maxPages: apiDefaults.maxPages, maxDepth: apiDefaults.maxDepth, timeoutSeconds: apiDefaults.timeoutSeconds,
      device: apiDefaults.device, engine: apiDefaults.engine,
    });
  });

  it('audit: --format and --concurrency default as the model says', () => {
    expect(optionOf('audit', '--format').defaultValue).toEqual([...AUDIT_DEFAULTS.format]);
    expect(optionOf('audit', '--concurrency').defaultValue).toBe(apiDefaults.concurrency);
  });

  it('batch and worker: their own defaults are the model\'s', () => {
    expect(optionOf('batch', '--output-dir').defaultValue).toBe(BATCH_DEFAULTS.outputDir);
    expect(optionOf('worker', '--output-dir').defaultValue).toBe(BATCH_DEFAULTS.outputDir);
    expect(optionOf('batch', '--tabs').defaultValue).toBe(BATCH_DEFAULTS.tabs);
    expect(optionOf('batch', '--host-rate').defaultValue).toBe(BATCH_DEFAULTS.hostRate);
    expect(optionOf('worker', '--host-rate').defaultValue).toBe(BATCH_DEFAULTS.hostRate);
    expect(optionOf('worker', '--lock-seconds').defaultValue).toBe(BATCH_DEFAULTS.lockSeconds);
  });
});

describe('the config file and the audit command say the same settings', () => {
  it('the settings as a person writes them (--timeout, config timeout) are the audit options\' (timeoutSeconds), which the audit\'s strict schema takes', () => {
    const written = { maxPages: 7, maxDepth: 2, timeout: 30, device: 'mobile' as const, rules: 'eu', lang: 'da' as const };
    expect(auditOptionsSchema.parse({ url: 'https://exempel.se', ...auditSettingsOf(written) })).toMatchObject({
      maxPages: 7, maxDepth: 2, timeoutSeconds: 30, device: 'mobile', rules: 'eu', lang: 'da',
    });
  });

  const settings = Object.keys(configFileSchema.shape).filter((key) => key !== '$schema' && key !== 'expect');

  it('every setting of the config file is a flag of the audit command, under the same name', () => {
    const flags = commandNamed('audit').options.map((option) => option.attributeName());
    expect(settings.filter((key) => !flags.includes(key))).toEqual([]);
  });

  it('the config file\'s vocabularies are the audit command\'s flags\' (device both included)', () => {
    const { shape } = configFileSchema;
    expect(shape.lang.unwrap().options).toEqual(optionOf('audit', '--lang').argChoices);
    expect(shape.engine.unwrap().options).toEqual(optionOf('audit', '--engine').argChoices);
    expect(shape.failOn.unwrap().options).toEqual(optionOf('audit', '--fail-on').argChoices);
    expect(shape.device.unwrap().options).toEqual(optionOf('audit', '--device').argChoices);
    expect(shape.format.unwrap().element.options).toEqual([...REPORT_FORMATS]);
  });
});
