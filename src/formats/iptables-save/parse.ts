// `iptables-save` / `ip6tables-save` output (what `iptables-restore` reads, e.g. /etc/iptables/rules.v4):
// `*table` opens a table, `:CHAIN POLICY [packets:bytes]` declares a chain (policy `-` for user chains),
// `-A CHAIN …` lines are rules in iptables' own syntax, `COMMIT` ends the table. Lines map 1:1 to the file.
import { parse } from 'shell-quote';
import type { ShellWord, TextOrigin } from '../shell/script.ts';

/** One line of the file as the iptables command it stands for (`-t TABLE …`), with the policy line's own text. */
export interface SaveCommand {
  words: ShellWord[];
  line: number;
  /** For `:CHAIN POLICY` lines: the line as written (`:OUTPUT ACCEPT`). */
  policyText?: string;
}

const TABLE = /^\*(filter|nat|mangle|raw|security)\s*$/m;

/** Content test: a table header, a chain declaration and a COMMIT, whatever the file is called. */
export function looksLikeIptablesSave(text: string): boolean {
  return TABLE.test(text) && /^:[A-Za-z][\w-]*\s+\S+/m.test(text) && /^COMMIT\s*$/m.test(text);
}

/** Whether the file holds IPv6 rules: ip6tables-save's header, or an IPv6 address in a rule. */
export function isIp6Save(text: string, path: string): boolean {
  if (/ip6tables-save/.test(text) || /(^|[./_\s-])(v6|ipv6|ip6tables)([./_\s-]|$)/i.test(path)) return true;
  if (/iptables-save/.test(text) || /(^|[./_\s-])(v4|ipv4)([./_\s-]|$)/i.test(path)) return false;
  return /^-A .*\s-[ds]\s+[0-9a-fA-F]*:[0-9a-fA-F:]*/m.test(text);
}

/** A rule line's words: quoted as iptables-save writes them (`--comment "a b"`); a line shell-quote refuses is split at blanks, as iptables-restore would. */
function splitRuleLine(raw: string): ReturnType<typeof parse> {
  try {
    return parse(raw, (key) => `$${key}`);
  } catch {
    return raw.trim().split(/\s+/);
  }
}

export function saveCommands(text: string, origin: TextOrigin): SaveCommand[] {
  const out: SaveCommand[] = [];
  let table = 'filter';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    const line = origin.line + i;
    const at = (column: number) => ({ file: origin.file, line, column: origin.column + column });
    const trimmed = raw.trim();
    if (trimmed.startsWith('*')) table = trimmed.slice(1);
    else if (trimmed.startsWith(':')) {
      const [chain, policy] = trimmed.slice(1).split(/\s+/);
      const words = (texts: string[]) => texts.map((text) => ({ text, location: at(1) }));
      out.push(
        policy && policy !== '-'
          ? { words: words(['-t', table, '-P', chain, policy]), line, policyText: `:${chain} ${policy}` }
          : { words: words(['-t', table, '-N', chain]), line },
      );
    } else if (trimmed.startsWith('-')) {
      const words: ShellWord[] = [
        { text: '-t', location: at(1) },
        { text: table, location: at(1) },
      ];
      let from = 0;
      for (const entry of splitRuleLine(raw)) {
        if (typeof entry !== 'string') continue;
        const found = raw.indexOf(entry, from);
        if (found !== -1) from = found + entry.length;
        words.push({ text: entry, location: at((found === -1 ? 0 : found) + 1) });
      }
      out.push({ words, line });
    }
  }
  return out;
}
