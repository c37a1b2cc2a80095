// Where the text of a YAML string scalar starts in its file, so commands and rule files embedded in YAML
// (cloud-init `runcmd`, `write_files`, Ansible `shell:` tasks) point at their own lines. Literal block scalars
// (`|`) keep lines 1:1; a folded (`>`) or multi-line plain scalar keeps its first line exact.
import type { TextOrigin } from '../shell/script.ts';
import type { DocNode } from '../tree.ts';

export function scalarOrigin(file: string, lines: readonly string[], node: DocNode): TextOrigin {
  const first = lines[node.loc.line - 1] ?? '';
  const lead = first.slice(node.loc.column - 1);
  if (/^[|>]/.test(lead)) {
    // The content starts on the next non-empty line, at that line's indentation.
    let line = node.loc.line;
    while (line < lines.length && lines[line].trim() === '') line++;
    const indent = /^ */.exec(lines[line] ?? '')?.[0].length ?? 0;
    return { file, line: line + 1, column: indent };
  }
  const quoted = lead.startsWith('"') || lead.startsWith("'");
  return { file, line: node.loc.line, column: node.loc.column - (quoted ? 0 : 1) };
}

/** YAML text for the local tags Ansible and cloud-init files use (`!unsafe`, `!vault`): the tagged value itself. */
export const keepTaggedValue = (_tag: string, value: DocNode): DocNode => value;
