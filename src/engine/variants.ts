// One problem, one finding: findings about instances of one declaration (count/for_each instances, a module used by
// several root modules) that say the same thing at the same place are merged into one finding naming them all —
// `aws_security_group.svc["api"], ["worker"] and 3 more` — with the related locations of each. Instances that
// differ are reported where they differ. Idempotent, so the worker pool merges its units' results the same way.
import { compareText } from '../model/order.ts';
import type { Firewall, Origin, Variant } from '../model/types.ts';
import type { Finding, FindingInput, FindingVariants } from './types.ts';

/** Stands for the instance's name in a finding's message template. */
export const NAME_SLOT = '\u0000';

const SHOWN = 3;

/**
 * The named instance a finding is about: the firewall or the rule's declaring resource whose display name the
 * message spells (the longest that it contains), when that is one of several instances.
 */
export function variantOf(input: FindingInput): { variant: Variant; displayName: string } | undefined {
  let best: { variant: Variant; displayName: string } | undefined;
  const named: { variant?: Variant; displayName: string }[] = [
    input.firewall,
    ...input.firewall.rules.map((r) => r.declaredBy),
  ];
  for (const n of named) {
    if (!n.variant || !input.message.includes(n.displayName)) continue;
    if (!best || n.displayName.length > best.displayName.length)
      best = { variant: n.variant, displayName: n.displayName };
  }
  return best;
}

/** The fingerprint's parts for a finding about an instance: its family instead of the instance and root. */
export function familyKey(
  firewall: Firewall,
  key: string,
  variant: Variant | undefined,
): { firewallId: string; key: string } {
  if (!variant) return { firewallId: firewall.id, key };
  const firewallId = firewall.variant ? firewall.variant.family : firewall.id;
  return { firewallId, key: key.split(variant.address).join(variant.family) };
}

export function findingVariants(
  input: FindingInput,
  found: { variant: Variant; displayName: string },
): FindingVariants {
  return {
    template: input.message.split(found.displayName).join(NAME_SLOT),
    instances: [{ address: found.variant.address, root: found.variant.root, firewallId: input.firewall.id }],
  };
}

/** Natural order, so `[2]` comes before `[10]`; code-unit order otherwise (the same on every machine). */
function compareNatural(a: string, b: string): number {
  const chunks = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const [x, y] = [chunks(a), chunks(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const numeric = /^\d/.test(x[i]) && /^\d/.test(y[i]);
    if (numeric && Number(x[i]) !== Number(y[i])) return Number(x[i]) - Number(y[i]);
    return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

function listed(items: string[]): string {
  const shown = items.slice(0, SHOWN);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** `aws_security_group.svc["api"], ["worker"] and 3 more (roots envs/a and envs/b)`. */
export function instancesName(instances: FindingVariants['instances']): string {
  const addresses = [...new Set(instances.map((i) => i.address))].sort(compareNatural);
  const roots = [...new Set(instances.flatMap((i) => (i.root === undefined ? [] : [i.root])))].sort(
    compareNatural,
  );
  const first = addresses[0] ?? '';
  const stem = first.replace(/\[[^\]]*\]$/, '');
  // Instances of the same resource differ only by their last key: after the first, the key alone is enough.
  const names = addresses.map((a, i) =>
    i > 0 && stem !== first && a.startsWith(stem) && /^\[[^\]]*\]$/.test(a.slice(stem.length))
      ? a.slice(stem.length)
      : a,
  );
  const rootText =
    roots.length === 0 ? '' : roots.length === 1 ? ` (root ${roots[0]})` : ` (roots ${listed(roots)})`;
  return `${listed(names)}${rootText}`;
}

/**
 * Findings with one fingerprint and message say the same about instances of one declaration. Their places may
 * differ: a plan JSON's finding is at the resource's declaration, the configuration's at the value inside it.
 */
function mergeKey(f: Finding): string {
  return `${f.ruleId}\0${f.level}\0${f.fingerprint}\0${f.variants?.template ?? ''}`;
}

/** The most specific place first (the latest in the file: a value inside the resource, not its header), then by id. */
function compareRepresentatives(a: Finding, b: Finding): number {
  return (
    b.location.line - a.location.line ||
    b.location.column - a.location.column ||
    compareText(a.firewallId, b.firewallId)
  );
}

function locationText(o: Origin): string {
  return `${o.location.file}\0${String(o.location.line).padStart(9, '0')}\0${String(o.location.column).padStart(9, '0')}`;
}

/**
 * Merges findings about instances that say the same thing about the same place. The merged finding is the one at
 * the most specific place (then the least firewall id), its related locations first and the others' after in file
 * order, whatever order (or worker-pool unit) the findings came in.
 */
export function mergeVariants(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.variants) {
      out.push(f);
      continue;
    }
    const key = mergeKey(f);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.push(group[0]);
      continue;
    }
    group.sort(compareRepresentatives);
    const [first] = group;
    const instances: FindingVariants['instances'] = [];
    const listedInstances = new Set<string>();
    for (const f of group)
      for (const i of (f.variants as FindingVariants).instances) {
        // A group can hold an instance per root module of a scan: a set, not a search of the list for each.
        const key = JSON.stringify([i.address, i.root ?? 0, i.firewallId]);
        if (listedInstances.has(key)) continue;
        listedInstances.add(key);
        instances.push(i);
      }
    const firstVariants = first.variants as FindingVariants;
    const own = first.related.slice(0, firstVariants.own ?? first.related.length);
    const seen = new Set(own.map(locationText));
    const others = new Map<string, Origin>();
    for (const f of group)
      for (const o of f.related) {
        const text = locationText(o);
        if (!seen.has(text)) others.set(text, o);
      }
    const { template } = firstVariants;
    out.push({
      ...first,
      message: template.split(NAME_SLOT).join(instancesName(instances)),
      related: [...own, ...[...others.keys()].sort(compareText).map((k) => others.get(k) as Origin)],
      variants: { template, instances, own: own.length },
    });
  }
  return out;
}
