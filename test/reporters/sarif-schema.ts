// Validates SARIF logs against the official 2.1.0 schema (OASIS's public file, copied into test/schemas so a clone
// tests without ../shared; it declares draft 2020-12, hence Ajv2020).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

const schemaPath = new URL('../schemas/sarif-2.1.0.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $schema: string };

const ajv = new Ajv2020({ allErrors: true, strict: false });
// ajv-formats is CommonJS with an ES-style default export.
(formats as unknown as { default: (a: Ajv2020) => void }).default(ajv);
const validate = ajv.compile(schema);

export const sarifSchemaDraft = schema.$schema;

/** Schema errors as readable strings; empty when the log is valid. */
export function sarifErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
