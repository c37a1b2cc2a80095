// Config discovery, parsing, validation against the shipped schema, and the errors users see.
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import schema from '../../schema/egress-lint.schema.json' with { type: 'json' };
import { ConfigError, findConfig, loadConfig } from '../../src/config/load.ts';
import { DEFAULT_CONFIG } from '../../src/config/types.ts';
import { validateConfig } from '../../src/config/validate.ts';
import { KNOWN_RULES } from '../helpers.ts';

const fixture = (p: string) => resolve('fixtures/config', p);

describe('findConfig', () => {
  it('finds the nearest config walking up from the start directory', () => {
    expect(findConfig(fixture('find/inner/deeper'), fixture('find'))).toBe(
      fixture('find/inner/.egress-lint.json'),
    );
    expect(findConfig(fixture('find/other'), fixture('find'))).toBe(fixture('find/.egress-lint.yml'));
  });

  it('stops at the stop directory (the repository root)', () => {
    expect(findConfig(fixture('find/other'), fixture('find/other'))).toBeUndefined();
    expect(findConfig(fixture('find/inner/deeper'), fixture('find/inner/deeper'))).toBeUndefined();
  });

  it('prefers .egress-lint.yml over .egress-lint.json in the same directory', () => {
    expect(findConfig(fixture('find/both'), fixture('find'))).toBe(fixture('find/both/.egress-lint.yml'));
  });
});

describe('allowedPublicPorts', () => {
  it('accepts a port for TCP and UDP, or PORT/tcp and PORT/udp for one protocol', () => {
    const config = validateConfig({ allowedPublicPorts: [443, '8443/tcp', '51820/UDP'] }, 'inline.yml');
    expect(config.allowedPublicPorts).toEqual([443, '8443/tcp', '51820/UDP']);
    expect(() => validateConfig({ allowedPublicPorts: ['65536/tcp'] }, 'inline.yml')).toThrow(
      'expected a port number from 0 to 65535, or PORT/tcp or PORT/udp',
    );
  });
});

describe('loadConfig', () => {
  it('normalises destination objects to strings and merges over the defaults', async () => {
    const config = await loadConfig(fixture('valid/.egress-lint.yml'));
    expect(config).toEqual({
      ...DEFAULT_CONFIG,
      path: fixture('valid/.egress-lint.yml'),
      relays: [
        '10.0.5.10/32',
        'aws_security_group.mail_relay',
        '10.20.0.0/16',
        'sg-0123456789abcdef0',
        'pl-0123456789abcdef0',
      ],
      allowedDestinations: ['pl-02cd2c6b'],
      smtpPorts: [25, 587],
      rules: { EGR001: 'warning' },
      overrides: [
        { files: ['legacy/**'], rules: { EGR002: 'off', EGR003: 'warning' } },
        { files: ['*.legacy.tf'], rules: { EGR002: 'note' } },
      ],
      ignore: ['vendor/**'],
      requireReason: true,
      ignoreResources: [
        {
          pattern: 'urn:pulumi:prod::shop::*::bastion',
          reason: 'bastion needs SSH out to partners (SEC-1234)',
        },
      ],
    });
  });

  it('reads JSON configs, keeping defaults for keys not given', async () => {
    const config = await loadConfig(fixture('valid/.egress-lint.json'));
    expect(config.relays).toEqual(['10.0.5.10/32', 'sg-0123456789abcdef0']);
    expect(config.allowedPublicPorts).toEqual([443, 8443]);
    expect(config.rules).toEqual({ EGR003: 'off' });
    expect(config.smtpPorts).toEqual(DEFAULT_CONFIG.smtpPorts);
  });

  it('does not share arrays with DEFAULT_CONFIG', async () => {
    const config = await loadConfig(fixture('find/.egress-lint.yml'));
    config.smtpPorts.push(1);
    expect(DEFAULT_CONFIG.smtpPorts).toEqual([25, 465, 587, 2525]);
  });

  const invalid: [string, string, string][] = [
    ['relay-not-cidr.yml', 'relays[2]', 'not a CIDR, security-group reference or prefix list'],
    ['relay-object-bad-cidr.yml', 'relays[0].cidr', 'not a CIDR'],
    [
      'relay-object-unknown-key.yml',
      'relays[0]',
      'expected a CIDR, security-group reference or prefix list: a string, or an object with one of cidr, securityGroup, prefixList (and an optional description)',
    ],
    ['port-out-of-range.yml', 'smtpPorts[1]', 'expected a port number from 0 to 65535'],
    [
      'port-string.yml',
      'allowedPublicPorts[0]',
      'expected a port number from 0 to 65535, or PORT/tcp or PORT/udp',
    ],
    [
      'public-port-protocol.yml',
      'allowedPublicPorts[1]',
      'expected a port number from 0 to 65535, or PORT/tcp or PORT/udp',
    ],
    ['unknown-rule.yml', 'rules.EGR009', `unknown rule (${KNOWN_RULES})`],
    ['override-unknown-rule.yml', 'overrides[0].rules.EGR042', `unknown rule (${KNOWN_RULES})`],
    ['override-no-files.yml', 'overrides[0].files', 'expected at least 1 entry'],
    [
      'bad-level.yml',
      'rules.EGR002',
      'expected a level: error, warning (warn), note or off, or ESLint numbers 0 (off), 1 (warning), 2 (error)',
    ],
    [
      'unknown-key.yml',
      'relay',
      'unknown key (known keys: relays, allowedDestinations, smtpPorts, allowedPublicPorts, rules, ignore, overrides, requireReason, ignoreResources, maxFileSize)',
    ],
    ['ignore-resource-no-reason.yml', 'ignoreResources[0].reason', 'missing (required)'],
    ['require-reason-string.yml', 'requireReason', 'expected true or false'],
    ['max-file-size-zero.yml', 'maxFileSize', 'expected a number of at least 1'],
    ['top-level-list.yml', '', 'expected a mapping (key: value)'],
    [
      'syntax-error.yml',
      '',
      'line 2, column 1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    ['duplicate-key.yml', '', 'line 2, column 1: invalid YAML: Map keys must be unique'],
    ['js-tag.yml', '', 'line 1, column 9: invalid YAML: Unresolved tag: tag:yaml.org,2002:js/function'],
    ['alias-bomb.yml', '', 'invalid YAML: Excessive alias count indicates a resource exhaustion attack'],
    ['trailing-comma.json', '', 'line 2, column 27: invalid JSON: ValueExpected'],
    ['duplicate-key.json', '', 'line 3, column 22: invalid JSON: duplicate key "EGR002"'],
  ];
  it.each(invalid)('rejects %s at %s', async (name, key, expected) => {
    const file = fixture(`invalid/${name}`);
    const error = await loadConfig(file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ file, key, expected });
    expect((error as Error).message).toBe(key ? `${file}: ${key}: ${expected}` : `${file}: ${expected}`);
  });

  it('reports an unreadable file as a ConfigError', async () => {
    await expect(loadConfig(fixture('missing/.egress-lint.yml'))).rejects.toThrow(
      new ConfigError(
        fixture('missing/.egress-lint.yml'),
        '',
        'cannot read the file: no such file or directory (ENOENT)',
      ),
    );
  });

  it('treats a file with only comments as all defaults', async () => {
    const file = fixture('comments-only/.egress-lint.yml');
    expect(await loadConfig(file)).toEqual({ ...DEFAULT_CONFIG, path: file });
  });
});

describe('the shipped JSON Schema', () => {
  it('accepts the valid fixtures as an editor would (plain ajv, no egress-lint code)', () => {
    const validate = new Ajv({ strict: true }).compile(schema);
    const yml = parse(readFileSync(fixture('valid/.egress-lint.yml'), 'utf8'));
    const json = JSON.parse(readFileSync(fixture('valid/.egress-lint.json'), 'utf8'));
    expect(validate(yml), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('describes every config key', () => {
    const keys = Object.keys(DEFAULT_CONFIG).sort();
    expect(
      Object.keys(schema.properties)
        .filter((k) => k !== '$schema')
        .sort(),
    ).toEqual(keys);
  });
});
