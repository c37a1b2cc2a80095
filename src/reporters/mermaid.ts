// The job summary's egress map as a picture: a Mermaid flowchart (GitHub renders ```mermaid blocks) of where the
// firewalls can send traffic. Firewalls are grouped by directory, identical ones merged into one node; edges go to
// destinations by kind (the internet, approved relays, private ranges, other groups…) labelled with protocols and
// ports; firewalls are coloured by their worst unsuppressed finding and marked when the pull request touched them.
// Bounded: past MAX_NODES, firewalls of a directory merge into one node, then directories are left out and counted.
import { posix } from 'node:path';
import type { Finding, Level } from '../engine/types.ts';
import { cidrContains, parseCidr } from '../model/cidr.ts';
import { anywhereDestinations, describeDestination } from '../model/destinations.ts';
import type { Cidr, Destination, Firewall } from '../model/types.ts';
import { egressMapRows } from './egress-map.ts';
import { clip, oneLine } from './text.ts';

/** Beyond this many nodes a flowchart stops being readable (and GitHub's renderer slows down). */
export const MAX_NODES = 50;

export interface MermaidMapOptions {
  /** Whether a destination is an approved relay for a firewall in this file (the config that applies there). */
  isRelay?: (destination: Destination, file: string) => boolean;
  /** Firewalls the pull request changed (ids). */
  changedFirewalls?: ReadonlySet<string>;
}

type Worst = Level | 'ok';

interface FirewallNode {
  id: string;
  label: string;
  group: string;
  worst: Worst;
  changed: boolean;
  /** Destination key → protocol/port labels. */
  edges: Map<string, Set<string>>;
  count: number;
}

interface DestinationNode {
  key: string;
  label: string;
  kind: 'internet' | 'relay' | 'private' | 'other';
}

const PRIVATE: Cidr[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7'].map(
  (c) => parseCidr(c) as Cidr,
);

function destinationNode(d: Destination, relay: boolean): DestinationNode {
  if (anywhereDestinations([d]).length > 0) return { key: 'internet', label: 'Internet', kind: 'internet' };
  const text = describeDestination(d);
  if (relay) return { key: `relay ${text}`, label: `relay ${text}`, kind: 'relay' };
  if (d.kind === 'cidr' && PRIVATE.some((p) => cidrContains(p, d.cidr)))
    return { key: `private ${text}`, label: `private ${text}`, kind: 'private' };
  return { key: text, label: text, kind: 'other' };
}

const RANK: Record<Worst, number> = { ok: 0, note: 1, warning: 2, error: 3 };

function worstOf(levels: Iterable<Level>): Worst {
  let worst: Worst = 'ok';
  for (const level of levels) if (RANK[level] > RANK[worst]) worst = level;
  return worst;
}

/**
 * Mermaid label text (always in double quotes): one line, clipped; `"` (ends the label), `#` (starts an entity), `<` `>`
 * (HTML), `|` (ends an edge label) and backticks (Markdown strings) as entities. Untrusted names cannot add nodes,
 * edges or `click` directives.
 */
function label(text: string): string {
  return clip(oneLine(text), 60)
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/[|`]/g, (c) => `#${c.charCodeAt(0)};`);
}

function edgeLabel(labels: ReadonlySet<string>): string {
  const sorted = [...labels].sort();
  return sorted.length > 4 ? `${sorted.slice(0, 3).join(', ')} +${sorted.length - 3}` : sorted.join(', ');
}

function buildNodes(
  firewalls: readonly Firewall[],
  findings: readonly Finding[],
  options: MermaidMapOptions,
  destinations: Map<string, DestinationNode>,
): FirewallNode[] {
  // By directory; by file when everything is in one directory (a group per file says more than one box).
  const directories = new Set(firewalls.map((f) => posix.dirname(f.location.file)));
  const groupOf = (f: Firewall) =>
    directories.size > 1 ? `${posix.dirname(f.location.file)}/` : f.location.file;
  const levels = new Map<string, Level[]>();
  for (const f of findings)
    if (!f.suppression) levels.set(f.firewallId, [...(levels.get(f.firewallId) ?? []), f.level]);
  const merged = new Map<string, FirewallNode>();
  for (const firewall of firewalls) {
    const edges = new Map<string, Set<string>>();
    for (const row of egressMapRows(firewall)) {
      if (row.action !== 'allow') continue;
      const node = destinationNode(
        row.target,
        options.isRelay?.(row.target, firewall.location.file) ?? false,
      );
      destinations.set(node.key, node);
      const set = edges.get(node.key) ?? new Set<string>();
      const what =
        row.protocol === 'all protocols'
          ? 'all traffic'
          : row.ports
            ? `${row.protocol} ${row.ports}`
            : row.protocol;
      // The platform default is the one allow not declared in the code.
      set.add(row.location === undefined ? `${what} (platform default)` : what);
      edges.set(node.key, set);
    }
    const group = groupOf(firewall);
    const worst = worstOf(levels.get(firewall.id) ?? []);
    const changed = options.changedFirewalls?.has(firewall.id) ?? false;
    // Identical firewalls (same group, same reach, same worst finding, both changed or not) are one node.
    const signature = JSON.stringify([
      group,
      worst,
      changed,
      [...edges].map(([k, v]) => [k, [...v].sort()]).sort(),
    ]);
    const same = merged.get(signature);
    if (same) same.count++;
    else
      merged.set(signature, { id: '', label: firewall.displayName, group, worst, changed, edges, count: 1 });
  }
  return [...merged.values()];
}

/** A directory's nodes merged into one, its edges the union of theirs. */
function mergeGroup(nodes: readonly FirewallNode[]): FirewallNode {
  const edges = new Map<string, Set<string>>();
  for (const node of nodes)
    for (const [key, labels] of node.edges) edges.set(key, new Set([...(edges.get(key) ?? []), ...labels]));
  const count = nodes.reduce((n, node) => n + node.count, 0);
  return {
    id: '',
    label: `${count} firewalls`,
    group: nodes[0].group,
    worst: worstOf(nodes.flatMap((n) => (n.worst === 'ok' ? [] : [n.worst]))),
    changed: nodes.some((n) => n.changed),
    edges,
    count,
  };
}

const CLASSES = [
  'classDef error fill:#ffebe9,stroke:#cf222e,color:#1f2328',
  'classDef warning fill:#fff8c5,stroke:#9a6700,color:#1f2328',
  'classDef note fill:#ddf4ff,stroke:#0969da,color:#1f2328',
  'classDef ok fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
  'classDef changed stroke-width:4px,stroke-dasharray:6 3',
  'classDef destination fill:#f6f8fa,stroke:#57606a,color:#1f2328',
  'classDef internet fill:#ffebe9,stroke:#cf222e,color:#1f2328',
];

/** The flowchart's lines (without the fence), or undefined when no firewall is known. */
export function egressFlowchart(
  firewalls: readonly Firewall[],
  findings: readonly Finding[],
  options: MermaidMapOptions = {},
): { lines: string[]; elided: number } | undefined {
  if (firewalls.length === 0) return undefined;
  const destinations = new Map<string, DestinationNode>();
  let nodes = buildNodes(firewalls, findings, options, destinations);
  const groups = () => [...new Set(nodes.map((n) => n.group))].sort();
  // Past the bound: each directory with several nodes becomes one, then whole directories are left out (counted).
  if (nodes.length + destinations.size > MAX_NODES)
    nodes = groups().map((g) => {
      const mine = nodes.filter((n) => n.group === g);
      return mine.length === 1 ? mine[0] : mergeGroup(mine);
    });
  let elided = 0;
  const usedDestinations = () => new Set(nodes.flatMap((n) => [...n.edges.keys()]));
  while (nodes.length > 1 && nodes.length + usedDestinations().size > MAX_NODES) {
    // The least severe directory goes first, so what matters stays in the picture.
    const drop = [...nodes].sort(
      (a, b) => RANK[a.worst] - RANK[b.worst] || Number(a.changed) - Number(b.changed),
    )[0];
    elided += drop.count;
    nodes = nodes.filter((n) => n !== drop);
  }

  const lines = ['flowchart LR', ...CLASSES.map((c) => `  ${c}`)];
  const destinationIds = new Map<string, string>();
  [...usedDestinations()].sort().forEach((key, i) => destinationIds.set(key, `d${i}`));
  groups().forEach((group, g) => {
    lines.push(`  subgraph g${g}["${label(group === './' ? 'repository root' : group)}"]`);
    nodes
      .filter((n) => n.group === group)
      .forEach((node, i) => {
        node.id = `f${g}_${i}`;
        const text =
          node.count > 1 && !node.label.endsWith('firewalls')
            ? `${node.label} and ${node.count - 1} like it`
            : node.label;
        lines.push(`    ${node.id}["${label(node.changed ? `✎ ${text}` : text)}"]`);
      });
    lines.push('  end');
  });
  for (const [key, id] of destinationIds) {
    const node = destinations.get(key)!;
    lines.push(
      node.kind === 'internet' ? `  ${id}(("${label(node.label)}"))` : `  ${id}(["${label(node.label)}"])`,
    );
  }
  for (const node of nodes) {
    if (node.edges.size === 0) continue;
    for (const [key, labels] of [...node.edges].sort(([a], [b]) => (a < b ? -1 : 1)))
      lines.push(`  ${node.id} -->|"${label(edgeLabel(labels))}"| ${destinationIds.get(key)}`);
  }
  for (const worst of ['error', 'warning', 'note', 'ok'] as const) {
    const ids = nodes.filter((n) => n.worst === worst).map((n) => n.id);
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${worst}`);
  }
  const changed = nodes.filter((n) => n.changed).map((n) => n.id);
  if (changed.length > 0) lines.push(`  class ${changed.join(',')} changed`);
  const internet = destinationIds.get('internet');
  const others = [...destinationIds].filter(([key]) => key !== 'internet').map(([, id]) => id);
  if (internet) lines.push(`  class ${internet} internet`);
  if (others.length > 0) lines.push(`  class ${others.join(',')} destination`);
  return { lines, elided };
}
