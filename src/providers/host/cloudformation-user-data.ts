// Host firewalls in the UserData of CloudFormation instances (AWS::EC2::Instance, AWS::EC2::LaunchTemplate's
// LaunchTemplateData, AWS::AutoScaling::LaunchConfiguration): `Fn::Base64` of a string, of `Fn::Sub` (with or
// without a variable map) or of `Fn::Join`. `${Param}` and map variables that resolve to one string are
// substituted; pseudo parameters, attributes and anything else are unknown. Shell scripts and cloud-configs
// (the YAML parser is loaded with CloudFormation) are read. The firewall is linked to the resource; in YAML a
// finding points at its line inside the script, in JSON (one string) at the string.
import type { Template } from '../../formats/cloudformation/template.ts';
import { hasShellShebang, type TextOrigin } from '../../formats/shell/script.ts';
import { scalarOrigin } from '../../formats/yaml/scalar.ts';
import type { Firewall, Unresolved } from '../../model/types.ts';
import { get, type DocNode } from '../../formats/tree.ts';
import { applyCloudConfig } from './cloud-config.ts';
import { HostFirewalls, type UserDataScript } from './host.ts';
import type { Diagnostic } from '../../engine/types.ts';

/** Resolves a node to one string, or undefined when it has no single known value. */
export type ResolveString = (node: DocNode) => string | undefined;

const USER_DATA: Record<string, string[]> = {
  'AWS::EC2::Instance': ['UserData'],
  'AWS::EC2::LaunchTemplate': ['LaunchTemplateData', 'UserData'],
  'AWS::AutoScaling::LaunchConfiguration': ['UserData'],
};

function single(node: DocNode | undefined): { key: string; arg: DocNode } | undefined {
  return node?.type === 'object' && node.entries.length === 1
    ? { key: node.entries[0].key, arg: node.entries[0].value }
    : undefined;
}

function refNode(name: string, at: DocNode): DocNode {
  return {
    type: 'object',
    loc: at.loc,
    entries: [{ key: 'Ref', keyLoc: at.loc, value: { type: 'scalar', value: name, loc: at.loc } }],
  };
}

export function userDataFirewalls(
  template: Template,
  resolve: ResolveString,
  unresolved: Unresolved[],
  diagnostics: Diagnostic[],
): Firewall[] {
  const file = template.file.path;
  const lines = template.file.text.split('\n');
  const json = template.file.text.trimStart().startsWith('{');
  const origin = (node: DocNode): TextOrigin =>
    json
      ? { file, line: node.loc.line, column: node.loc.column - 1, flat: true }
      : scalarOrigin(file, lines, node);

  const scriptOf = (node: DocNode): UserDataScript | undefined => {
    const fn = single(node);
    if (fn?.key === 'Fn::Base64') return scriptOf(fn.arg);
    if (node.type === 'scalar' && typeof node.value === 'string')
      return { text: node.value, origin: origin(node), placeholders: new Map() };
    if (fn?.key === 'Fn::Sub') {
      const [body, vars] = fn.arg.type === 'array' ? fn.arg.items : [fn.arg, undefined];
      if (body?.type !== 'scalar' || typeof body.value !== 'string') return undefined;
      const placeholders = new Map<string, string>();
      const text = body.value.replace(/\$\{(!?)([^}]*)\}/g, (whole, literal: string, name: string) => {
        if (literal) return `\${${name}}`;
        const own = get(vars, name);
        const value = own ? resolve(own) : name.includes('.') ? undefined : resolve(refNode(name, body));
        if (value !== undefined && !value.includes('\n')) return value;
        const placeholder = `$__cfn_${placeholders.size + 1}`;
        placeholders.set(placeholder, whole);
        return placeholder;
      });
      return { text, origin: origin(body), placeholders };
    }
    if (fn?.key === 'Fn::Join' && fn.arg.type === 'array' && fn.arg.items[1]?.type === 'array') {
      const separator = resolve(fn.arg.items[0]) ?? '';
      const placeholders = new Map<string, string>();
      const parts = fn.arg.items[1].items.map((part) => {
        const value = resolve(part);
        if (value !== undefined) return value;
        const placeholder = `$__cfn_${placeholders.size + 1}`;
        placeholders.set(placeholder, JSON.stringify(part.type === 'scalar' ? part.value : '…'));
        return placeholder;
      });
      // The parts may sit on many lines: every command is located at the Join.
      return {
        text: parts.join(separator),
        origin: { file, line: fn.arg.loc.line, column: fn.arg.loc.column - 1, flat: true },
        placeholders,
      };
    }
    return undefined;
  };

  const out: Firewall[] = [];
  for (const resource of template.resources.values()) {
    const path = USER_DATA[resource.type];
    if (!path) continue;
    const node = path.reduce<DocNode | undefined>((n, key) => get(n, key), resource.properties);
    const script = node ? scriptOf(node) : undefined;
    if (!script || !/\b(ufw|ip6?tables)\b/.test(script.text)) continue;
    const location = { file, line: resource.keyLoc.line, column: resource.keyLoc.column };
    if (/^#!/.test(script.text) && !hasShellShebang(script.text)) continue; // another interpreter
    const host = new HostFirewalls();
    // Variables of Fn::Sub that could not be resolved stay as written in the cloud-config (`$__cfn_N`).
    if (/^#cloud-config\b/.test(script.text))
      diagnostics.push(...applyCloudConfig(host, script.text, file, script.origin));
    else host.script(script.text, script.origin, script.placeholders);
    unresolved.push(...host.unresolved);
    out.push(
      ...host.userDataFirewalls(resource.logicalId, {
        location,
        description: `${resource.type} ${resource.logicalId}`,
      }),
    );
  }
  return out;
}
