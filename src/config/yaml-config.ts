// YAML config files, in a module of their own: the YAML library is loaded only when one is read.
import { parseDocument } from 'yaml';
import { lineIndex } from '../formats/positions.ts';
import { ConfigError } from './errors.ts';

/** Aliases expanded when converting YAML to data; a handful is normal, thousands is a "billion laughs". */
const MAX_ALIAS_COUNT = 100;

/** A YAML config's data; any YAML problem (syntax, duplicate key, tag, alias bomb) is a ConfigError. */
export function parseYamlConfig(text: string, file: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  // Warnings include unresolved tags (`!!js/function`): a config has no use for tags, so they are errors too.
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const { line, column } = lineIndex(text).position(problem.pos[0]);
    throw new ConfigError(
      file,
      '',
      `line ${line}, column ${column}: invalid YAML: ${problem.message.split('\n')[0]}`,
    );
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new ConfigError(file, '', `invalid YAML: ${(error as Error).message}`);
  }
}
