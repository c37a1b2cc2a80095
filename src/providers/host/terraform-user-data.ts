// Host firewalls in the user data of Terraform instances: a shell script in a heredoc, `file()` or
// `templatefile()` of a file in the repository, wrapped in `base64encode`/`base64gzip` or not. The host's
// firewalls are linked to the instance (a related location) and findings point at the line inside the heredoc
// or the template file. Interpolations that evaluate to a string are substituted; others are unknown.
// A `#cloud-config` is read like a cloud-config file, with the YAML support that prepareAnalyzers loads for
// scans holding one (user-data-cloud-config.ts): Terraform-only scans without it never load the YAML parser.
import type { ProjectFiles } from '../../engine/formats.ts';
import type { Diagnostic } from '../../engine/types.ts';
import { looksLikeCloudConfig } from '../../formats/cloud-init/detect.ts';
import { hasShellShebang } from '../../formats/shell/script.ts';
import type { Firewall, Unresolved } from '../../model/types.ts';
import type { Expr, Span } from '../../formats/hcl/ast.ts';
import { exprText, joinPath, toLocation } from '../../formats/terraform/config.ts';
import { evaluate, type Scope } from '../../formats/terraform/evaluate.ts';
import type { ResourceInstance } from '../../formats/terraform/module.ts';
import { asString } from '../../formats/terraform/values.ts';
import { HostFirewalls, type UserDataScript } from './host.ts';
import { loadedCloudConfigReader } from './user-data-cloud-config.ts';

/** Instance resources and the attributes that carry their user data (a map attribute: `metadata.startup-script`). */
const USER_DATA: Record<string, string[]> = {
  aws_instance: ['user_data', 'user_data_base64'],
  aws_launch_template: ['user_data'],
  aws_launch_configuration: ['user_data', 'user_data_base64'],
  google_compute_instance: ['metadata_startup_script', 'metadata.startup-script', 'metadata.user-data'],
  google_compute_instance_template: [
    'metadata_startup_script',
    'metadata.startup-script',
    'metadata.user-data',
  ],
  azurerm_linux_virtual_machine: ['custom_data', 'user_data'],
  azurerm_linux_virtual_machine_scale_set: ['custom_data', 'user_data'],
};

export const USER_DATA_TYPES: ReadonlySet<string> = new Set(Object.keys(USER_DATA));

/** `${…}` that evaluates to a string is substituted; any other interpolation or directive becomes a shell variable. */
function placeholder(placeholders: Map<string, string>, written: string): string {
  const name = `$__tf_${placeholders.size + 1}`;
  placeholders.set(name, written);
  return name;
}

/**
 * User data as read, with where it starts looked up only when asked: most instances' user data mentions no
 * firewall command and is never reported.
 */
interface ScriptText {
  text: string;
  placeholders: Map<string, string>;
  origin: () => UserDataScript['origin'];
}

function templateText(expr: Expr & { kind: 'template' }, scope: Scope): ScriptText {
  const placeholders = new Map<string, string>();
  let text = '';
  for (const part of expr.parts) {
    if ('kind' in part && part.kind === 'text') text += part.value;
    else {
      const value = asString(evaluate(part as Expr, scope));
      text += value ?? placeholder(placeholders, `\${${exprText(scope.file, part as Expr)}}`);
    }
  }
  const first = expr.parts[0] ?? expr;
  return { text, origin: () => originAt(scope, first), placeholders };
}

function originAt(scope: Scope, span: Span): UserDataScript['origin'] {
  const at = toLocation(scope.file, span);
  return { file: at.file, line: at.line, column: at.column - 1 };
}

/** `templatefile(path, vars)` / `file(path)`: the file as read from the repository, `${name}` from vars substituted. */
function fileText(
  call: Expr & { kind: 'call' },
  scope: Scope,
  project: ProjectFiles,
): ScriptText | undefined {
  const path = asString(evaluate(call.args[0], scope));
  if (path === undefined) return undefined;
  // As Terraform reads it: from the root module's directory (path.module is relative to it); never outside the
  // scanned root.
  const normal = path.startsWith('/') ? undefined : joinPath(scope.module.files?.rootDir ?? '', path);
  const raw = normal === undefined ? undefined : project.read(normal);
  if (raw === undefined || normal === undefined) return undefined;
  const placeholders = new Map<string, string>();
  const origin = () => ({ file: normal, line: 1, column: 0 });
  if (call.name === 'file') return { text: raw, origin, placeholders };
  const vars = call.args[1] ? evaluate(call.args[1], scope) : undefined;
  const text = raw.replace(
    /\$\$\{|%%\{|\$\{\s*([A-Za-z_]\w*)\s*\}|[$%]\{[^}\n]*\}/g,
    (whole, name?: string) => {
      if (whole === '$${') return '${';
      if (whole === '%%{') return '%{';
      const value = name && vars?.t === 'object' ? vars.attrs.get(name) : undefined;
      return (value && asString(value)) ?? placeholder(placeholders, whole);
    },
  );
  return { text, origin, placeholders };
}

const PASS_THROUGH = new Set(['base64encode', 'base64gzip', 'trimspace', 'chomp']);

function scriptOf(expr: Expr, scope: Scope, project: ProjectFiles): ScriptText | undefined {
  if (expr.kind === 'paren') return scriptOf(expr.expr, scope, project);
  if (expr.kind === 'template') return templateText(expr, scope);
  if (expr.kind === 'call' && PASS_THROUGH.has(expr.name) && expr.args[0])
    return scriptOf(expr.args[0], scope, project);
  if (expr.kind === 'call' && (expr.name === 'file' || expr.name === 'templatefile') && expr.args[0])
    return fileText(expr, scope, project);
  const value = asString(evaluate(expr, scope));
  if (value === undefined) return undefined;
  return { text: value, origin: () => originAt(scope, expr), placeholders: new Map() };
}

function attributeExpr(instance: ResourceInstance, path: string): Expr | undefined {
  const [name, key] = path.split('.');
  const expr = instance.body.attrExpr(name);
  if (!key || !expr) return key ? undefined : expr;
  if (expr.kind !== 'object') return undefined;
  const item = expr.items.find((i) => asString(evaluate(i.key, instance.body.scope)) === key);
  return item?.value;
}

/** The host firewalls that each instance's user data builds. */
export function userDataFirewalls(
  instances: Iterable<ResourceInstance>,
  project: ProjectFiles,
  unresolved: Unresolved[],
  diagnostics: Diagnostic[],
): Firewall[] {
  const out: Firewall[] = [];
  for (const instance of instances) {
    for (const path of USER_DATA[instance.type] ?? []) {
      const expr = attributeExpr(instance, path);
      if (!expr) continue;
      const read = scriptOf(expr, instance.body.scope, project);
      if (!read || !/\b(ufw|ip6?tables)\b/.test(read.text)) continue;
      const script: UserDataScript = {
        text: read.text,
        origin: read.origin(),
        placeholders: read.placeholders,
      };
      const host = new HostFirewalls();
      if (looksLikeCloudConfig(script.text)) {
        const applyCloudConfig = loadedCloudConfigReader();
        if (!applyCloudConfig) {
          // prepareAnalyzers loads the reader for every scan whose Terraform holds cloud-config: not reached.
          unresolved.push({
            location: toLocation(instance.body.scope.file, expr),
            expression: `${instance.address}.${path}`,
            reason: 'cloud-config user data: the YAML support was not loaded',
          });
          continue;
        }
        const errors = applyCloudConfig(
          host,
          script.text,
          script.origin.file,
          script.origin,
          script.placeholders,
        );
        if (script.placeholders.size === 0) diagnostics.push(...errors);
        else
          // Not YAML as written only because of a `${…}`/`%{…}` Terraform fills in: unknown, not bad input.
          unresolved.push(
            ...errors.map((e) => ({
              location: e.location,
              expression: `${instance.address}.${path}`,
              reason: `cloud-config user data with template expressions that are not resolved: ${e.message}`,
            })),
          );
      } else if (!hasShellShebang(script.text) && /^#!/.test(script.text))
        continue; // another interpreter
      else host.script(script.text, script.origin, script.placeholders);
      unresolved.push(...host.unresolved);
      out.push(
        ...host.userDataFirewalls(instance.address, {
          location: instance.location,
          description: `${instance.type} ${instance.address}`,
        }),
      );
    }
  }
  return out;
}
