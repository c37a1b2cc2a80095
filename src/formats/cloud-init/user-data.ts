// cloud-init `#cloud-config` user data (cloud-init docs, "Module reference"): `write_files` are written first (init
// stage), `bootcmd` runs on every boot early, `runcmd` at the end of the first boot. Each `bootcmd`/`runcmd`
// entry is a string run by `sh`, or a list run as argv without a shell. Files written under a path an iptables
// loader reads (rules.v4/rules.v6, *.rules) or holding iptables-save text are rule files; shell scripts (a
// shebang, or `.sh`) are read as scripts. Encoded content (`encoding: b64|gzip`) is counted, not decoded.
import { get, type DocNode } from '../tree.ts';
import { parseYaml } from '../yaml/index.ts';
import type { Diagnostic } from '../../engine/types.ts';
import type { Location, Unresolved } from '../../model/types.ts';
import { looksLikeIptablesSave } from '../iptables-save/parse.ts';
import { hasShellShebang, type ShellWord, type TextOrigin } from '../shell/script.ts';
import { keepTaggedValue, scalarOrigin } from '../yaml/scalar.ts';

/** What a cloud-config asks the host to run, in cloud-init's order. */
export type CloudInitStep =
  | { kind: 'script'; text: string; origin: TextOrigin }
  | { kind: 'argv'; words: ShellWord[] }
  | { kind: 'rules-file'; text: string; origin: TextOrigin; path: string };

function scalarText(node: DocNode | undefined): string | undefined {
  return node?.type === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

/**
 * The steps of a cloud-config. `within`: where the text itself sits when it is embedded in another file (an
 * instance's UserData), so every location points into that file.
 */
export function cloudInitSteps(
  text: string,
  file: string,
  unresolved: Unresolved[],
  within: TextOrigin = { file, line: 1, column: 0 },
): { steps: CloudInitStep[]; errors: Diagnostic[] } {
  const place = (line: number, column: number): TextOrigin =>
    within.flat
      ? { file: within.file, line: within.line, column: within.column, flat: true }
      : { file: within.file, line: within.line - 1 + line, column: within.column + column };
  const at = (loc: { line: number; column: number }): Location => {
    const p = place(loc.line, loc.column);
    return { file: p.file, line: p.line, column: within.flat ? p.column + 1 : p.column };
  };
  const originOf = (node: DocNode): TextOrigin => {
    const o = scalarOrigin(file, lines, node);
    return place(o.line, o.column);
  };
  const lines = text.split('\n');
  const parsed = parseYaml(text, { tags: keepTaggedValue });
  if (!parsed.root) {
    const e = parsed.errors[0];
    return {
      steps: [],
      errors: [
        {
          level: 'error',
          location: at({ line: e?.line ?? 1, column: e?.column ?? 1 }),
          message: `invalid cloud-config YAML: ${e?.message ?? 'no document'}`,
        },
      ],
    };
  }
  const steps: CloudInitStep[] = [];
  const files = get(parsed.root, 'write_files');
  for (const entry of files?.type === 'array' ? files.items : []) {
    const path = scalarText(get(entry, 'path')) ?? '';
    const content = get(entry, 'content');
    const body = scalarText(content);
    if (!content || body === undefined) continue;
    const encoding = scalarText(get(entry, 'encoding'));
    if (encoding && !/^(text\/plain)?$/.test(encoding)) {
      if (/(rules|iptables|ufw|\.sh$)/.test(path))
        unresolved.push({
          location: at(content.loc),
          expression: path,
          reason: `write_files content is ${encoding}-encoded; not decoded`,
        });
      continue;
    }
    const origin = originOf(content);
    if (/(^|\/)rules\.v[46]$|\.rules$/.test(path) || looksLikeIptablesSave(body)) {
      if (looksLikeIptablesSave(body)) steps.push({ kind: 'rules-file', text: body, origin, path });
    } else if (hasShellShebang(body) || path.endsWith('.sh'))
      steps.push({ kind: 'script', text: body, origin });
  }
  for (const key of ['bootcmd', 'runcmd']) {
    const list = get(parsed.root, key);
    for (const item of list?.type === 'array' ? list.items : []) {
      if (item.type === 'array') {
        const words = item.items.flatMap((w) => {
          const t = scalarText(w);
          return t === undefined ? [] : [{ text: t, location: at(w.loc) }];
        });
        if (words.length > 0) steps.push({ kind: 'argv', words });
      } else {
        const body = scalarText(item);
        if (body !== undefined) steps.push({ kind: 'script', text: body, origin: originOf(item) });
      }
    }
  }
  return { steps, errors: [] };
}
