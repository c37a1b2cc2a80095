// Reading a file as a CloudFormation template: which files are templates (by content, not by extension), parsing
// YAML or JSON into the shared tree, and indexing the sections the extractor needs.
import type { Diagnostic, SourceFile } from '../../engine/types.ts';
import { parseJson } from '../json/index.ts';
import { cloudformationTags } from '../yaml/cloudformation-tags.ts';
import { parseYaml } from '../yaml/index.ts';
import { get, lastOfEachKey, type DocNode, type NodeLoc } from '../tree.ts';

export interface Resource {
  logicalId: string;
  type: string;
  keyLoc: NodeLoc;
  properties: DocNode | undefined;
  metadata: DocNode | undefined;
  /** The resource's `Condition`: it exists only when that condition is true. */
  condition: string | undefined;
}

export interface Parameter {
  name: string;
  keyLoc: NodeLoc;
  type: string | undefined;
  defaultValue: DocNode | undefined;
  /** `NoEcho: true`: a secret, whose value is never read or printed. */
  noEcho: boolean;
}

export interface Template {
  file: SourceFile;
  root: DocNode & { type: 'object' };
  resources: Map<string, Resource>;
  parameters: Map<string, Parameter>;
  mappings: DocNode | undefined;
}

export type LoadedTemplate =
  /** `diagnostics`: errors in a template still analysed (duplicate keys: the last value is read, as PyYAML does). */
  | { kind: 'template'; template: Template; diagnostics: Diagnostic[] }
  | { kind: 'not-cloudformation' }
  | { kind: 'invalid'; diagnostics: Diagnostic[] };

/** A template declares its format version, or has resources of which at least one has an `AWS::` type. */
function isTemplate(root: DocNode): root is DocNode & { type: 'object' } {
  if (root.type !== 'object') return false;
  if (get(root, 'AWSTemplateFormatVersion')) return true;
  const resources = get(root, 'Resources');
  if (resources?.type !== 'object') return false;
  return resources.entries.some((e) => {
    const type = get(e.value, 'Type');
    return type?.type === 'scalar' && typeof type.value === 'string' && type.value.startsWith('AWS::');
  });
}

/**
 * A template's `Resources` must map logical ids to resources; anything else (a list, a string, null) would leave
 * every resource unanalysed without a word.
 */
function resourcesNotMapping(root: DocNode & { type: 'object' }): { loc: NodeLoc; what: string } | undefined {
  const resources = get(root, 'Resources');
  if (!resources || resources.type === 'object') return undefined;
  const what =
    resources.type === 'array'
      ? 'a list'
      : resources.value === null
        ? 'empty'
        : `the ${typeof resources.value} ${JSON.stringify(String(resources.value).slice(0, 40))}`;
  return { loc: resources.loc, what };
}

/**
 * JSON and the YAML parser keep duplicate keys; CloudFormation rejects them. Each is reported, and the object keeps
 * the last value of the key (as PyYAML, so cfn-lint, and JSON.parse read it).
 */
function duplicateKeyErrors(root: DocNode): { loc: NodeLoc; message: string }[] {
  const errors: { loc: NodeLoc; message: string }[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop() as DocNode;
    if (node.type === 'array') for (const item of node.items) stack.push(item);
    if (node.type !== 'object') continue;
    const seen = new Map<string, NodeLoc>();
    for (const entry of node.entries) {
      const first = seen.get(entry.key);
      if (first)
        errors.push({
          loc: entry.keyLoc,
          message: `duplicate key "${entry.key}" (first at line ${first.line})`,
        });
      else seen.set(entry.key, entry.keyLoc);
      stack.push(entry.value);
    }
    if (seen.size < node.entries.length) node.entries = lastOfEachKey(node.entries);
  }
  return errors.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
}

/** `true` and `"true"` alike: CloudFormation reads scalars as strings. */
export function scalarString(node: DocNode | undefined): string | undefined {
  return node?.type === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

function indexTemplate(file: SourceFile, root: DocNode & { type: 'object' }): Template {
  const resources = new Map<string, Resource>();
  const resourcesNode = get(root, 'Resources');
  if (resourcesNode?.type === 'object') {
    for (const entry of resourcesNode.entries) {
      const type = get(entry.value, 'Type');
      if (type?.type !== 'scalar' || typeof type.value !== 'string') continue;
      resources.set(entry.key, {
        logicalId: entry.key,
        type: type.value,
        keyLoc: entry.keyLoc,
        properties: get(entry.value, 'Properties'),
        metadata: get(entry.value, 'Metadata'),
        condition: scalarString(get(entry.value, 'Condition')),
      });
    }
  }
  const parameters = new Map<string, Parameter>();
  const parametersNode = get(root, 'Parameters');
  if (parametersNode?.type === 'object') {
    for (const entry of parametersNode.entries) {
      const type = get(entry.value, 'Type');
      parameters.set(entry.key, {
        name: entry.key,
        keyLoc: entry.keyLoc,
        type: scalarString(type),
        defaultValue: get(entry.value, 'Default'),
        noEcho: scalarString(get(entry.value, 'NoEcho'))?.toLowerCase() === 'true',
      });
    }
  }
  return { file, root, resources, parameters, mappings: get(root, 'Mappings') };
}

/** Parses a file as a template: JSON when it starts with `{` (strict, faster), YAML otherwise. Never throws for bad input. */
export function loadTemplate(file: SourceFile): LoadedTemplate {
  const json = file.text.trimStart().startsWith('{');
  const parsed = json ? parseJson(file.text) : parseYaml(file.text, { tags: cloudformationTags });
  const duplicates = parsed.root ? duplicateKeyErrors(parsed.root) : [];
  const errors = [
    ...parsed.errors,
    ...duplicates.map((e) => ({ ...e.loc, message: `invalid ${json ? 'JSON' : 'YAML'}: ${e.message}` })),
  ];
  const diagnostics: Diagnostic[] = errors.map((e) => ({
    level: 'error',
    location: { file: file.path, line: e.line, column: e.column },
    message: e.message,
  }));
  if (!parsed.root)
    return errors.length === 0 ? { kind: 'not-cloudformation' } : { kind: 'invalid', diagnostics };
  if (!isTemplate(parsed.root))
    return errors.length === 0 ? { kind: 'not-cloudformation' } : { kind: 'invalid', diagnostics };
  const notMapping = resourcesNotMapping(parsed.root);
  if (notMapping) {
    diagnostics.push({
      level: 'error',
      location: { file: file.path, line: notMapping.loc.line, column: notMapping.loc.column },
      message: `Resources is not a mapping (it is ${notMapping.what}): the template's resources are not analysed`,
    });
    return { kind: 'invalid', diagnostics };
  }
  // A duplicate key makes CloudFormation reject the template, which is reported (exit 2); the rest is still
  // analysed so one broken resource does not hide the security groups beside it.
  return { kind: 'template', template: indexTemplate(file, parsed.root), diagnostics };
}
