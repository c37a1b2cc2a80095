// Static evaluation of CloudFormation intrinsic functions. A node evaluates to one or more alternatives: Fn::If
// yields one per branch, tagged with the condition it needs, because both branches can be deployed. What only
// deploy time knows (pseudo parameters, imports, attributes) evaluates to `unknown`, never to a guess.
import type { Origin } from '../../model/types.ts';
import { get, toPlain, type DocNode } from '../tree.ts';
import { locationIn } from '../../providers/shared/values.ts';
import type { Parameter, Template } from './template.ts';

export interface Condition {
  name: string;
  holds: boolean;
}

export type Value =
  | { kind: 'scalar'; value: string | number | boolean }
  | { kind: 'list'; items: Value[] }
  /** A resource of this template (`Ref` or `Fn::GetAtt`); its physical id exists only after deployment. */
  | { kind: 'ref'; logicalId: string; resourceType: string; attribute?: string }
  /** `AWS::NoValue`: the property is left out. */
  | { kind: 'absent' }
  | { kind: 'unknown'; expression: string; reason: string };

/** One way a node can evaluate: its value, the Fn::If conditions it needs, and where its parts came from. */
export interface Alternative {
  value: Value;
  conditions: Condition[];
  origins: Origin[];
}

/** One branch of a property that Fn::If may switch wholesale; `node` is undefined where it is `AWS::NoValue`. */
export interface Branch {
  node: DocNode | undefined;
  conditions: Condition[];
}

/** Beyond this many Fn::If combinations in one value the value is reported as unknown. */
export const MAX_ALTERNATIVES = 16;

const LIST_PARAMETER = /^(CommaDelimitedList|List<.*>)$/;
const SSM_PARAMETER = /^AWS::SSM::Parameter::Value</;

export function describeConditions(conditions: readonly Condition[]): string | undefined {
  if (conditions.length === 0) return undefined;
  return conditions.map((c) => `condition ${c.name} is ${c.holds}`).join(' and ');
}

/** The conditions of both sides, or undefined when they contradict (a branch that cannot be taken). */
export function mergeConditions(a: readonly Condition[], b: readonly Condition[]): Condition[] | undefined {
  const merged = [...a];
  for (const c of b) {
    const same = merged.find((m) => m.name === c.name);
    if (!same) merged.push(c);
    else if (same.holds !== c.holds) return undefined;
  }
  return merged;
}

/** How an intrinsic is shown in messages: its long form, shortened. */
export function expressionText(node: DocNode): string {
  const text = node.type === 'scalar' ? String(node.value) : JSON.stringify(toPlain(node));
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** The text of a scalar value (numbers as CloudFormation stringifies them), else undefined. */
export function scalarText(value: Value): string | undefined {
  return value.kind === 'scalar' ? String(value.value) : undefined;
}

function unknown(node: DocNode, reason: string): Alternative[] {
  return [
    { value: { kind: 'unknown', expression: expressionText(node), reason }, conditions: [], origins: [] },
  ];
}

function known(value: Value, origins: Origin[] = []): Alternative[] {
  return [{ value, conditions: [], origins }];
}

/** The single key of an intrinsic function object (`Ref`, `Fn::Sub`, `Condition`), else undefined. */
function intrinsicName(node: DocNode): string | undefined {
  if (node.type !== 'object' || node.entries.length !== 1) return undefined;
  const key = node.entries[0].key;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : undefined;
}

function sameValue(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One pick from each part, with the conditions the picks need together. */
export interface Combination<T> {
  picks: T[];
  conditions: Condition[];
}

/**
 * Every way to pick one alternative from each part. Contradictory picks are dropped; undefined when there are more
 * than MAX_ALTERNATIVES combinations.
 */
export function combinations<T extends { conditions: Condition[] }>(
  parts: readonly T[][],
): Combination<T>[] | undefined {
  let product: Combination<T>[] = [{ picks: [], conditions: [] }];
  for (const alternatives of parts) {
    const next: Combination<T>[] = [];
    for (const partial of product) {
      for (const alt of alternatives) {
        const conditions = mergeConditions(partial.conditions, alt.conditions);
        if (conditions) next.push({ picks: [...partial.picks, alt], conditions });
      }
    }
    if (next.length > MAX_ALTERNATIVES) return undefined;
    product = next;
  }
  return product;
}

/** Evaluates a function of several parts: one result per combination; an unknown part makes the result unknown. */
function combine(node: DocNode, parts: Alternative[][], build: (values: Value[]) => Value): Alternative[] {
  const product = combinations(parts);
  if (!product) return unknown(node, `more than ${MAX_ALTERNATIVES} Fn::If combinations`);
  return product.map(({ picks, conditions }) => {
    const unresolved = picks.find((p) => p.value.kind === 'unknown')?.value;
    const value: Value =
      unresolved?.kind === 'unknown'
        ? { kind: 'unknown', expression: expressionText(node), reason: unresolved.reason }
        : build(picks.map((p) => p.value));
    return { value, conditions, origins: picks.flatMap((p) => p.origins) };
  });
}

export class Resolver {
  /** Conditions evaluated so far; `null` while one is being evaluated (a cycle, which CloudFormation rejects). */
  private readonly conditionValues = new Map<string, boolean | undefined | null>();

  constructor(
    private readonly template: Template,
    private readonly overrides: Readonly<Record<string, string>>,
  ) {}

  /**
   * A template condition's value when parameters decide it (defaults, `--parameter`): then only the branch that
   * applies is checked. Undefined when only deploy time knows (a parameter without a default, a pseudo parameter).
   */
  conditionValue(name: string): boolean | undefined {
    if (this.conditionValues.has(name)) return this.conditionValues.get(name) ?? undefined;
    this.conditionValues.set(name, null);
    const definition = get(get(this.template.root, 'Conditions'), name);
    const value = definition ? this.evaluateCondition(definition) : undefined;
    this.conditionValues.set(name, value);
    return value;
  }

  /** Fn::Equals of known values, Fn::And, Fn::Or, Fn::Not and Condition, in three-valued logic. */
  private evaluateCondition(node: DocNode): boolean | undefined {
    const name = intrinsicName(node);
    const arg = node.type === 'object' ? node.entries[0]?.value : undefined;
    const args = arg?.type === 'array' ? arg.items : [];
    const each = () => args.map((a) => this.evaluateCondition(a));
    switch (name) {
      case 'Condition':
        return arg?.type === 'scalar' ? this.conditionValue(String(arg.value)) : undefined;
      case 'Fn::Equals': {
        if (args.length !== 2) return undefined;
        const [a, b] = args.map((x) => this.resolve(x));
        if (a.length !== 1 || b.length !== 1) return undefined;
        const [x, y] = [scalarText(a[0].value), scalarText(b[0].value)];
        return x === undefined || y === undefined ? undefined : x === y;
      }
      case 'Fn::Not': {
        const [value] = args.length === 1 ? each() : [undefined];
        return value === undefined ? undefined : !value;
      }
      case 'Fn::And': {
        const values = each();
        if (values.includes(false)) return false;
        return values.length > 0 && values.every((v) => v === true) ? true : undefined;
      }
      case 'Fn::Or': {
        const values = each();
        if (values.includes(true)) return true;
        return values.length > 0 && values.every((v) => v === false) ? false : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The branches of Fn::If to check: both, each tagged with its condition, unless the condition is known. */
  private ifCases(condition: string): { holds: boolean; when: Condition[] }[] {
    const value = this.conditionValue(condition);
    if (value !== undefined) return [{ holds: value, when: [] }];
    return [
      { holds: true, when: [{ name: condition, holds: true }] },
      { holds: false, when: [{ name: condition, holds: false }] },
    ];
  }

  /** The alternatives a node evaluates to. */
  resolve(node: DocNode): Alternative[] {
    const name = intrinsicName(node);
    if (name) return this.intrinsic(name, node.type === 'object' ? node.entries[0].value : node, node);
    switch (node.type) {
      case 'scalar':
        return node.value === null
          ? unknown(node, 'empty value')
          : known({ kind: 'scalar', value: node.value });
      case 'array':
        return combine(
          node,
          node.items.map((item) => this.resolve(item)),
          (items) => ({
            kind: 'list',
            items: items.filter((v) => v.kind !== 'absent'),
          }),
        );
      case 'object':
        return unknown(node, 'a mapping where a single value was expected');
    }
  }

  /** The branches of a node that Fn::If (or `AWS::NoValue`) may switch as a whole: a list of rules, one rule. */
  branches(node: DocNode): Branch[] {
    const name = intrinsicName(node);
    const arg = node.type === 'object' ? node.entries[0]?.value : undefined;
    if (name === 'Ref' && arg?.type === 'scalar' && arg.value === 'AWS::NoValue')
      return [{ node: undefined, conditions: [] }];
    if (name !== 'Fn::If' || arg?.type !== 'array' || arg.items.length !== 3)
      return [{ node, conditions: [] }];
    const [conditionNode, whenTrue, whenFalse] = arg.items;
    if (conditionNode.type !== 'scalar') return [{ node, conditions: [] }];
    const out: Branch[] = [];
    for (const { holds, when } of this.ifCases(String(conditionNode.value))) {
      for (const b of this.branches(holds ? whenTrue : whenFalse)) {
        const conditions = mergeConditions(when, b.conditions);
        if (conditions) out.push({ node: b.node, conditions });
      }
    }
    return out;
  }

  private intrinsic(name: string, arg: DocNode, node: DocNode): Alternative[] {
    const args = arg.type === 'array' ? arg.items : [];
    switch (name) {
      case 'Ref':
        return arg.type === 'scalar' && typeof arg.value === 'string'
          ? this.ref(arg.value, node)
          : unknown(node, 'Ref takes a name');
      case 'Fn::GetAtt':
        return this.getAtt(arg, node);
      case 'Fn::Sub':
        return this.sub(arg, node);
      case 'Fn::Join':
        if (args.length !== 2) return unknown(node, 'Fn::Join takes [delimiter, list]');
        return combine(node, [this.resolve(args[0]), this.resolve(args[1])], ([delimiter, list]) => {
          const parts = list.kind === 'list' ? list.items.map(scalarText) : [];
          if (
            scalarText(delimiter) === undefined ||
            list.kind !== 'list' ||
            parts.some((p) => p === undefined)
          ) {
            return notKnown(node, 'Fn::Join of values known only at deploy time');
          }
          return { kind: 'scalar', value: parts.join(scalarText(delimiter)) };
        });
      case 'Fn::Select':
        if (args.length !== 2) return unknown(node, 'Fn::Select takes [index, list]');
        return combine(node, [this.resolve(args[0]), this.resolve(args[1])], ([index, list]) => {
          const i = Number(scalarText(index));
          if (list.kind !== 'list' || !Number.isInteger(i) || i < 0 || i >= list.items.length) {
            return notKnown(node, 'Fn::Select index out of range or list unknown');
          }
          return list.items[i];
        });
      case 'Fn::Split':
        if (args.length !== 2) return unknown(node, 'Fn::Split takes [delimiter, string]');
        return combine(node, [this.resolve(args[0]), this.resolve(args[1])], ([delimiter, source]) => {
          const d = scalarText(delimiter);
          const s = scalarText(source);
          if (d === undefined || s === undefined)
            return notKnown(node, 'Fn::Split of a value known only at deploy time');
          return { kind: 'list', items: s.split(d).map((value) => ({ kind: 'scalar', value })) };
        });
      case 'Fn::FindInMap':
        return this.findInMap(args, node);
      case 'Fn::If':
        return this.ifBranches(args, node);
      case 'Fn::ImportValue':
        return unknown(node, "Fn::ImportValue is another stack's export, known only at deploy time");
      case 'Fn::GetAZs':
        return unknown(node, 'Fn::GetAZs is known only at deploy time');
      default:
        return unknown(node, `${name} is not evaluated`);
    }
  }

  private ref(name: string, node: DocNode): Alternative[] {
    if (name === 'AWS::NoValue') return known({ kind: 'absent' });
    const parameter = this.template.parameters.get(name);
    if (parameter) return this.parameterValue(parameter, node);
    const override = this.overrides[name];
    if (name.startsWith('AWS::')) {
      if (override === undefined)
        return unknown(node, `pseudo parameter ${name} is known only at deploy time`);
      return known({ kind: 'scalar', value: override }, [
        {
          location: locationIn(this.template.file.path, node.loc),
          description: `--parameter ${name}=${override}`,
        },
      ]);
    }
    const resource = this.template.resources.get(name);
    if (resource) return known({ kind: 'ref', logicalId: name, resourceType: resource.type });
    return unknown(node, `Ref to ${name}, which is neither a parameter nor a resource of this template`);
  }

  private parameterValue(parameter: Parameter, node: DocNode): Alternative[] {
    const isList = LIST_PARAMETER.test(parameter.type ?? '');
    const asValue = (v: string | number | boolean): Value =>
      isList && typeof v === 'string'
        ? { kind: 'list', items: v.split(',').map((s) => ({ kind: 'scalar', value: s.trim() })) }
        : { kind: 'scalar', value: v };
    if (parameter.noEcho)
      return unknown(node, `parameter ${parameter.name} is NoEcho (a secret), so it is not read`);
    const file = this.template.file.path;
    const override = this.overrides[parameter.name];
    if (override !== undefined) {
      return known(asValue(override), [
        {
          location: locationIn(file, parameter.keyLoc),
          description: `--parameter ${parameter.name}=${override}`,
        },
      ]);
    }
    if (SSM_PARAMETER.test(parameter.type ?? '')) {
      return unknown(node, `parameter ${parameter.name} is read from SSM Parameter Store at deploy time`);
    }
    const def = parameter.defaultValue;
    if (!def)
      return unknown(
        node,
        `parameter ${parameter.name} has no default; pass --parameter ${parameter.name}=VALUE`,
      );
    const origin: Origin = {
      location: locationIn(file, def.loc),
      description: `parameter ${parameter.name} default`,
    };
    if (def.type === 'scalar' && def.value !== null) return known(asValue(def.value), [origin]);
    return this.resolve(def).map((alt) => ({ ...alt, origins: [origin, ...alt.origins] }));
  }

  private getAtt(arg: DocNode, node: DocNode): Alternative[] {
    if (arg.type !== 'array' || arg.items.length !== 2)
      return unknown(node, 'Fn::GetAtt takes [resource, attribute]');
    const [resourceNode, attributeNode] = arg.items;
    const resource =
      resourceNode.type === 'scalar' ? this.template.resources.get(String(resourceNode.value)) : undefined;
    if (!resource) return unknown(node, 'Fn::GetAtt of a resource that is not in this template');
    return combine(node, [this.resolve(attributeNode)], ([attribute]) => ({
      kind: 'ref',
      logicalId: resource.logicalId,
      resourceType: resource.type,
      attribute: scalarText(attribute),
    }));
  }

  private sub(arg: DocNode, node: DocNode): Alternative[] {
    const [templateNode, varsNode] = arg.type === 'array' ? arg.items : [arg, undefined];
    if (templateNode?.type !== 'scalar' || typeof templateNode.value !== 'string')
      return unknown(node, 'Fn::Sub takes a string');
    const parts: Alternative[][] = [];
    let last = 0;
    for (const m of templateNode.value.matchAll(/\$\{([^}]*)\}/g)) {
      parts.push(known({ kind: 'scalar', value: templateNode.value.slice(last, m.index) }));
      last = m.index + m[0].length;
      const name = m[1].trim();
      if (name.startsWith('!')) {
        parts.push(known({ kind: 'scalar', value: `\${${name.slice(1)}}` }));
        continue;
      }
      const local = varsNode ? get(varsNode, name) : undefined;
      const dot = name.indexOf('.');
      if (local) parts.push(this.resolve(local));
      else if (dot > 0) parts.push(unknown(node, `\${${name}} is an attribute known only at deploy time`));
      else parts.push(this.ref(name, node));
    }
    parts.push(known({ kind: 'scalar', value: templateNode.value.slice(last) }));
    return combine(node, parts, (values) => {
      const texts = values.map(scalarText);
      if (texts.some((t) => t === undefined))
        return notKnown(node, 'Fn::Sub of a resource id known only at deploy time');
      return { kind: 'scalar', value: texts.join('') };
    });
  }

  private findInMap(args: DocNode[], node: DocNode): Alternative[] {
    if (args.length < 3) return unknown(node, 'Fn::FindInMap takes [map, key, key]');
    // Not `combine`: a top key known only at deploy time (AWS::Region) may still find one value.
    const product = combinations(args.slice(0, 3).map((a) => this.resolve(a)));
    if (!product) return unknown(node, `more than ${MAX_ALTERNATIVES} Fn::If combinations`);
    return product.map(({ picks, conditions }): Alternative => {
      const [mapName, topKey, secondKey] = picks.map((p) => scalarText(p.value));
      const origins = picks.flatMap((p) => p.origins);
      const entry = this.mappingEntry(mapName, topKey, secondKey);
      const value = entry && toValue(entry);
      if (!entry || !value) {
        const cause = picks.find((p) => p.value.kind === 'unknown')?.value;
        const reason =
          cause?.kind === 'unknown' ? cause.reason : 'Fn::FindInMap of an entry that is not in Mappings';
        return { value: notKnown(node, reason), conditions, origins };
      }
      const description = `Mappings ${mapName}.${topKey ?? '*'}.${secondKey}`;
      return {
        value,
        conditions,
        origins: [...origins, { location: locationIn(this.template.file.path, entry.loc), description }],
      };
    });
  }

  /** The Mappings entry; a top key known only at deploy time (AWS::Region) still finds it when every row agrees. */
  private mappingEntry(
    mapName: string | undefined,
    topKey: string | undefined,
    secondKey: string | undefined,
  ): DocNode | undefined {
    const map = get(this.template.mappings, mapName ?? '');
    if (map?.type !== 'object' || secondKey === undefined) return undefined;
    if (topKey !== undefined) return get(get(map, topKey), secondKey);
    const rows = map.entries.map((e) => get(e.value, secondKey));
    const distinct = new Set(rows.map((r) => (r ? JSON.stringify(toPlain(r)) : undefined)));
    return distinct.size === 1 ? rows[0] : undefined;
  }

  private ifBranches(args: DocNode[], node: DocNode): Alternative[] {
    if (args.length !== 3 || args[0].type !== 'scalar')
      return unknown(node, 'Fn::If takes [condition, value, value]');
    const cases = this.ifCases(String(args[0].value));
    if (cases.length === 2) {
      const [whenTrue, whenFalse] = [this.resolve(args[1]), this.resolve(args[2])];
      if (whenTrue.length === 1 && whenFalse.length === 1 && sameValue(whenTrue[0].value, whenFalse[0].value))
        return whenTrue;
    }
    const out: Alternative[] = [];
    for (const { holds, when } of cases) {
      for (const alt of this.resolve(holds ? args[1] : args[2])) {
        const conditions = mergeConditions(when, alt.conditions);
        if (conditions) out.push({ ...alt, conditions });
      }
    }
    return out.length > MAX_ALTERNATIVES
      ? unknown(node, `more than ${MAX_ALTERNATIVES} Fn::If combinations`)
      : out;
  }
}

function notKnown(node: DocNode, reason: string): Value {
  return { kind: 'unknown', expression: expressionText(node), reason };
}

/** A literal (no intrinsics) as a value. */
function toValue(node: DocNode): Value | undefined {
  if (node.type === 'scalar') return node.value === null ? undefined : { kind: 'scalar', value: node.value };
  if (node.type === 'object') return undefined;
  const items = node.items.map(toValue);
  return items.every((i): i is Value => i !== undefined) ? { kind: 'list', items } : undefined;
}
