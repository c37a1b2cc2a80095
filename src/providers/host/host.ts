// One host's firewalls as its commands build them: ufw, iptables and ip6tables commands from any source (a script,
// cloud-init, Ansible tasks, iptables-save files), applied in order, then turned into the model.
import type { Firewall, Location, Unresolved } from '../../model/types.ts';
import { basename, shellCommands, type TextOrigin } from '../../formats/shell/script.ts';
import { isIp6Save, looksLikeIptablesSave, saveCommands } from '../../formats/iptables-save/parse.ts';
import { hostFirewall, type HostSource, type Word } from './firewall.ts';
import { applyIptables, iptablesRules, newIptablesState, type IptablesState } from './iptables.ts';
import { applyUfw, newUfwState, ufwRules } from './ufw.ts';

/** The script an instance's user data holds: its text, where it starts, the template expressions left in it. */
export interface UserDataScript {
  text: string;
  origin: TextOrigin;
  placeholders: Map<string, string>;
}

export class HostFirewalls {
  readonly unresolved: Unresolved[] = [];
  private readonly ufw = newUfwState();
  private readonly iptables = newIptablesState('iptables');
  private readonly ip6tables = newIptablesState('ip6tables');

  /** Runs one command if it is ufw, iptables or ip6tables (any path, `-legacy`/`-nft` variants); others are ignored. */
  command(words: Word[], location: Location): void {
    const name = basename(words[0]?.text ?? '');
    if (name === 'ufw') applyUfw(this.ufw, words.slice(1), location, this.unresolved);
    else if (/^iptables(-legacy|-nft)?$/.test(name))
      applyIptables(this.iptables, words.slice(1), location, this.unresolved);
    else if (/^ip6tables(-legacy|-nft)?$/.test(name))
      applyIptables(this.ip6tables, words.slice(1), location, this.unresolved);
  }

  /**
   * A shell script (or one line of cloud-init `runcmd`); iptables-save here-documents are read as rule files.
   * `placeholders`: shell variables that stand for template expressions (Jinja, Terraform) that could not be
   * resolved, shown as written in messages.
   */
  script(text: string, origin: TextOrigin, placeholders?: ReadonlyMap<string, string>): void {
    const { commands, heredocs, unreadable } = shellCommands(text, origin);
    for (const u of unreadable)
      this.unresolved.push({
        location: u.location,
        expression: u.text.trim().slice(0, 120),
        reason: `line not analysed: ${u.reason}`,
      });
    for (const c of commands) {
      if (placeholders)
        for (const word of c.words)
          if (word.unknown) word.text = word.text.replace(/\$\w+/g, (name) => placeholders.get(name) ?? name);
      this.command(c.words, c.location);
    }
    for (const h of heredocs)
      if (looksLikeIptablesSave(h.body))
        this.saveFile(h.body, { ...origin, line: origin.line + h.line }, h.command);
  }

  /** An iptables-save file; `name` (its path, or the command writing it) helps tell IPv6 from IPv4. */
  saveFile(text: string, origin: TextOrigin, name: string): void {
    const state = isIp6Save(text, name) ? this.ip6tables : this.iptables;
    for (const c of saveCommands(text, origin))
      applyIptables(
        state,
        c.words,
        { file: origin.file, line: c.line, column: 1 },
        this.unresolved,
        c.policyText,
      );
  }

  /** The firewalls an instance's user data built, named after the instance and linked to it (a related location). */
  userDataFirewalls(instance: string, related: { location: Location; description: string }): Firewall[] {
    const firewalls = this.firewalls({ file: instance, kind: 'user data of' });
    for (const firewall of firewalls) firewall.related = [related];
    return firewalls;
  }

  /** The firewalls the commands touched, each located at its first command. */
  firewalls(source: Omit<HostSource, 'location'>): Firewall[] {
    const out: Firewall[] = [];
    if (this.ufw.first)
      out.push(
        hostFirewall(
          'ufw',
          { ...source, location: this.ufw.first },
          ufwRules(this.ufw, this.unresolved),
          this.ufw.policy,
        ),
      );
    for (const state of [this.iptables, this.ip6tables] as IptablesState[])
      if (state.first)
        out.push(
          hostFirewall(
            state.tool,
            { ...source, location: state.first },
            iptablesRules(state, this.unresolved),
            state.policy,
          ),
        );
    return out;
  }
}
