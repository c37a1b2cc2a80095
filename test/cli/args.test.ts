// Command-line parsing without spawning the CLI: level words, and the options added for teams' workflows.
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.ts';
import { validateConfig } from '../../src/config/validate.ts';

describe('rule levels as ESLint writes them', () => {
  it('accepts warn and 0/1/2 in --rule', () => {
    const options = parseCliArgs([
      '--rule',
      'EGR001:0',
      '--rule',
      'EGR002:warn',
      '--rule',
      'egr003:2',
      '--rule',
      'EGR004:1',
    ]);
    expect(options.ruleLevels).toEqual({
      EGR001: 'off',
      EGR002: 'warning',
      EGR003: 'error',
      EGR004: 'warning',
    });
  });

  it('accepts warn and 0/1/2 in a config, top level and overrides', () => {
    const config = validateConfig(
      {
        rules: { EGR001: 0, EGR002: 'warn', EGR003: 2 },
        overrides: [{ files: ['*.tf'], rules: { EGR002: 1 } }],
      },
      '/repo/.egress-lint.yml',
    );
    expect(config.rules).toEqual({ EGR001: 'off', EGR002: 'warning', EGR003: 'error' });
    expect(config.overrides[0].rules).toEqual({ EGR002: 'warning' });
  });

  it('rejects other numbers and words', () => {
    expect(() => validateConfig({ rules: { EGR002: 3 } }, 'c.yml')).toThrow(
      /rules\.EGR002: expected a level/,
    );
    expect(() => parseCliArgs(['--rule', 'EGR002:3'])).toThrow(/invalid value '3' for --rule/);
  });
});
