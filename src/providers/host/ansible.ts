// Ansible firewall tasks → ufw and iptables commands on the host's firewalls, so one set of semantics
// (src/providers/host/ufw.ts, iptables.ts) judges them. community.general.ufw: `policy`+`direction` is
// `ufw default`, `rule` with `direction`, `interface`, `proto`, `from_ip`/`from_port`, `to_ip`/`to_port`,
// `name` (app profile), `insert`, `delete` is a rule, `state: reset` a reset. ansible.builtin.iptables:
// `chain`, `action` (append|insert) + `rule_num`, `state: absent` (delete), `policy`, `flush`,
// `chain_management`, `protocol`, `destination`, `destination_port(s)`, `out_interface`, `ctstate`, `jump`,
// `ip_version`. A task with `when:` is assumed to run when it adds rules or sets a policy, and assumed not to
// when it deletes or resets, so a condition never hides a rule.
import type { FirewallTask, TaskArg } from '../../formats/ansible/tasks.ts';
import { UNKNOWN } from '../../formats/ansible/tasks.ts';
import type { Location } from '../../model/types.ts';
import type { Word } from './firewall.ts';
import type { HostFirewalls } from './host.ts';

function wordOf(arg: TaskArg): Word | undefined {
  const v = arg.value;
  if (v === UNKNOWN) return { text: arg.source, location: arg.location, unknown: true };
  if (v === null || v === '' || typeof v === 'symbol') return undefined;
  if (Array.isArray(v))
    return {
      text: v.map(String).join(','),
      location: arg.location,
      unknown: v.includes(UNKNOWN) || undefined,
    };
  if (typeof v === 'object') return { text: arg.source, location: arg.location, unknown: true };
  return { text: String(v), location: arg.location };
}

function truthy(arg: TaskArg | undefined): boolean {
  const v = arg?.value;
  return v === true || (typeof v === 'string' && /^(yes|true|on|1)$/i.test(v));
}

class Words {
  readonly list: Word[];
  constructor(
    tool: string,
    private readonly args: Map<string, TaskArg>,
    private readonly at: Location,
  ) {
    this.list = [{ text: tool, location: at }];
  }
  /** Adds literal words. */
  add(...texts: string[]): this {
    for (const text of texts) this.list.push({ text, location: this.at });
    return this;
  }
  /** Adds `flag VALUE` when one of the arguments is set; the value's word carries its location. */
  option(flag: string | string[], ...names: string[]): boolean {
    for (const name of names) {
      const arg = this.args.get(name);
      const word = arg ? wordOf(arg) : undefined;
      if (!word) continue;
      this.add(...(Array.isArray(flag) ? flag : [flag]));
      this.list.push(word);
      return true;
    }
    return false;
  }
  text(name: string): string | undefined {
    const arg = this.args.get(name);
    return arg ? wordOf(arg)?.text : undefined;
  }
}

function ufwTask(host: HostFirewalls, task: FirewallTask): void {
  const w = new Words('ufw', task.args, task.location);
  const state = w.text('state');
  if (state === 'reset') {
    if (!task.conditional) host.command(w.add('reset').list, task.location);
    return;
  }
  const direction = w.text('direction');
  const policyArg = task.args.get('policy') ?? task.args.get('default');
  const policy = policyArg ? wordOf(policyArg) : undefined;
  if (policy) {
    const outgoing = direction === 'out' || direction === 'outgoing';
    w.add('default').list.push(policy);
    w.add(outgoing ? 'outgoing' : (direction ?? 'incoming'));
    host.command(w.list, policy.location);
    return;
  }
  const rule = task.args.get('rule');
  if (!rule || truthy(task.args.get('route'))) return;
  const remove = truthy(task.args.get('delete'));
  if (remove && task.conditional) return;
  if (remove) w.add('delete');
  w.option('insert', 'insert');
  w.list.push(wordOf(rule) ?? { text: rule.source, location: rule.location, unknown: true });
  w.add(direction === 'out' || direction === 'outgoing' ? 'out' : 'in');
  w.option('on', 'interface', 'if', 'interface_out');
  w.option('proto', 'proto', 'protocol');
  w.option('from', 'from_ip', 'from', 'src');
  w.option('port', 'from_port');
  if (!w.option('to', 'to_ip', 'to', 'dest')) w.add('to', 'any');
  if (!w.option('port', 'to_port', 'port')) w.option('app', 'name', 'app');
  host.command(w.list, task.location);
}

function iptablesTask(host: HostFirewalls, task: FirewallTask): void {
  const six = /6/.test(String(task.args.get('ip_version')?.value ?? ''));
  const w = new Words(six ? 'ip6tables' : 'iptables', task.args, task.location);
  w.option('-t', 'table');
  const chain = w.text('chain') ?? 'INPUT';
  if (truthy(task.args.get('flush'))) {
    if (!task.conditional)
      host.command(w.add('-F', ...(task.args.has('chain') ? [chain] : [])).list, task.location);
    return;
  }
  if (w.option(['-P', chain], 'policy')) return host.command(w.list, task.args.get('policy')!.location);
  const absent = w.text('state') === 'absent';
  if (absent && task.conditional) return;
  const ruleArgs = [
    'protocol',
    'destination',
    'destination_port',
    'destination_ports',
    'jump',
    'out_interface',
    'ctstate',
  ];
  if (truthy(task.args.get('chain_management')) && !ruleArgs.some((a) => task.args.has(a))) {
    if (!absent) host.command(w.add('-N', chain).list, task.location);
    return;
  }
  if (absent) w.add('-D', chain);
  else if (w.text('action') === 'insert') {
    w.add('-I', chain);
    const num = w.text('rule_num');
    if (num !== undefined) w.add(num);
  } else w.add('-A', chain);
  w.option('-p', 'protocol');
  w.option('-s', 'source');
  w.option('-d', 'destination');
  w.option('-o', 'out_interface');
  w.option('-i', 'in_interface');
  w.option(['-m', 'multiport', '--dports'], 'destination_ports');
  w.option('--dport', 'destination_port');
  w.option('--sport', 'source_port');
  w.option(['-m', 'conntrack', '--ctstate'], 'ctstate');
  w.option(['-m', 'owner', '--uid-owner'], 'uid_owner');
  w.option('-j', 'jump');
  w.option('-g', 'goto');
  host.command(w.list, task.location);
}

function shellTask(host: HostFirewalls, task: FirewallTask): void {
  if (task.script) host.script(task.script.text, task.script.origin, task.script.placeholders);
}

export function applyAnsibleTask(host: HostFirewalls, task: FirewallTask): void {
  if (task.module === 'ufw') ufwTask(host, task);
  else if (task.module === 'iptables') iptablesTask(host, task);
  else shellTask(host, task);
}
