// Config validation: the config schema (shape, types, ranges) through ajv, then the checks a schema cannot express
// (CIDR arithmetic, known rule ids). The first problem found becomes a ConfigError naming its key path.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import shipped from '../../schema/egress-lint.schema.json' with { type: 'json' };
import { rules } from '../../rules/index.ts';
import { levelFromWord } from './levels.ts';
import type { LevelSetting } from '../engine/types.ts';
import { ConfigError, formatKeyPath } from './errors.ts';
import { normaliseOptions, optionSchemas } from './options.ts';
import { DEFAULT_CONFIG, type Config } from './types.ts';

type KeyPath = (string | number)[];

/** The config's own keys: every other property of the schema is a rule option, declared by the rules. */
const OWN_KEYS = ['rules', 'ignore', 'overrides', 'requireReason', 'ignoreResources', 'maxFileSize'] as const;

/**
 * The config schema: the shipped file's own keys and definitions, with the options the rules declare. The shipped
 * file is this schema (test/config/load.test.ts checks it), for editors.
 */
export function configSchema(): typeof shipped {
  const own = Object.fromEntries(OWN_KEYS.map((key) => [key, shipped.properties[key]]));
  return {
    ...shipped,
    properties: {
      $schema: shipped.properties.$schema,
      ...optionSchemas(),
      ...own,
    } as typeof shipped.properties,
  };
}

let compiled: ValidateFunction | undefined;
/** Compiled on first use, once per process: most runs load one config, and tests load many. */
function schemaValidator(): ValidateFunction {
  // verbose: errors carry their schema, whose `description` (in definitions) says what was expected.
  compiled ??= new Ajv({ allErrors: false, verbose: true, strict: true }).compile(configSchema());
  return compiled;
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping (key: value)',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

const DEFINITIONS: readonly object[] = Object.values(shipped.definitions);

function pointerSegments(pointer: string): KeyPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** What one ajv error means for a user: the key path and what was expected there. */
function describeSchemaError(error: ErrorObject): [KeyPath, string] {
  const path = pointerSegments(error.instancePath);
  const parent = error.parentSchema as
    { description?: string; properties?: Record<string, unknown> } | undefined;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const known = Object.keys(parent?.properties ?? {}).filter((k) => k !== '$schema');
      return [[...path, String(params.additionalProperty)], `unknown key (known keys: ${known.join(', ')})`];
    }
    case 'required':
      return [[...path, String(params.missingProperty)], 'missing (required)'];
  }
  // Definitions describe a value the way a message wants it ("a port number from 0 to 65535"); properties'
  // descriptions are prose for editors, so only a definition's is used.
  if (parent?.description && DEFINITIONS.includes(parent)) return [path, `expected ${parent.description}`];
  switch (error.keyword) {
    case 'type':
      return [
        path,
        `expected ${String(params.type)
          .split(',')
          .map((t) => TYPE_NAMES[t] ?? t)
          .join(' or ')}`,
      ];
    case 'minimum':
      return [path, `expected a number of at least ${String(params.limit)}`];
    case 'minItems':
      return [path, `expected at least ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}`];
    default:
      return [path, error.message ?? `failed ${error.keyword}`];
  }
}

/**
 * The error to report. A failed `anyOf` lists every branch's complaint; the deepest one beneath it is the useful
 * one (`relays[0].cidr: expected a non-empty string`), else the anyOf's own description.
 */
function primaryError(errors: ErrorObject[]): ErrorObject {
  const alternatives = errors.find((e) => e.keyword === 'anyOf');
  if (!alternatives) return errors[0];
  const depth = (e: ErrorObject) => pointerSegments(e.instancePath).length;
  const deepest = errors
    .filter((e) => e !== alternatives && e.keyword !== 'additionalProperties' && e.keyword !== 'required')
    .reduce<ErrorObject | undefined>((best, e) => (!best || depth(e) > depth(best) ? e : best), undefined);
  return deepest && depth(deepest) > depth(alternatives) ? deepest : alternatives;
}

/** Checks the rule ids and writes ESLint's level words (warn, 0, 1, 2) as egress-lint's levels, in place. */
function normaliseRuleLevels(
  levels: Record<string, LevelSetting> | undefined,
  at: KeyPath,
  file: string,
): void {
  const known = rules.map((r) => r.meta.id);
  for (const [id, level] of Object.entries(levels ?? {})) {
    if (!known.includes(id))
      throw new ConfigError(
        file,
        formatKeyPath([...at, id]),
        `unknown rule (known rules: ${known.join(', ')})`,
      );
    // The schema accepted the word, so it names a level.
    levels![id] = levelFromWord(level)!;
  }
}

/** Validates parsed config data and merges it over DEFAULT_CONFIG. `file` names the source in errors. */
export function validateConfig(data: unknown, file: string): Config {
  const validate = schemaValidator();
  if (!validate(data)) {
    const [path, expected] = describeSchemaError(primaryError(validate.errors ?? []));
    throw new ConfigError(file, formatKeyPath(path), expected);
  }
  const rest = { ...(data as Partial<Config> & { $schema?: string }) };
  delete rest.$schema; // an editor hint, not a setting
  normaliseRuleLevels(rest.rules, ['rules'], file);
  rest.overrides?.forEach((o, i) => normaliseRuleLevels(o.rules, ['overrides', i, 'rules'], file));
  const options = normaliseOptions(rest, file);
  return { ...structuredClone(DEFAULT_CONFIG), ...rest, ...options, path: file };
}
