// Expansion of a resource or module call by count / for_each into instances, within the root's instance budget.
import type { Block, Span } from '../hcl/ast.ts';
import type { Location } from '../../model/types.ts';
import { findAttribute, toLocation, type ConfigFile, type Located } from './config.ts';
import { evaluate, forItems, type Scope } from './evaluate.ts';
import { isSpread } from './functions/index.ts';
import { LIMITS } from './limits.ts';
import type { BodyView, ModuleInstance, ResourceInstance } from './module.ts';
import { asNumber, toPlain, unknown, type Value } from './values.ts';

/** Instances of a block: each one's key (none without count/for_each) and the names bound inside it. */
type Expansion = { key?: Value; names?: Record<string, Value> }[];

/**
 * Instances of a block with count or for_each: their key and the names (`count`, `each`) bound inside. Each takes
 * one instance of the root's budget (LIMITS.instances); those it cannot have are reported, by key, not dropped.
 */
export function expand(located: Located<Block>, scope: Scope, address: string): Expansion {
  const body = located.node.body;
  const count = findAttribute(body, 'count');
  if (count) {
    const n = asNumber(evaluate(count.expr, scope));
    // An unknown count is taken as one instance: the resource is analysed rather than silently dropped.
    if (n === undefined)
      return within(scope, address, located, [
        { names: { count: objectOf({ index: unknown('count.index', 'count is not known') }) } },
      ]);
    const wanted = Math.max(0, Math.floor(n));
    const granted = withinBudget(scope, located, address, wanted, count.name, (i) => `[${i}]`);
    return Array.from({ length: granted }, (_, i) => ({
      key: { t: 'number', v: i } as Value,
      names: { count: objectOf({ index: { t: 'number', v: i } }) },
    }));
  }
  const forEach = findAttribute(body, 'for_each');
  if (forEach) {
    let collection = evaluate(forEach.expr, scope);
    // Instance keys must all be known (Terraform's rule): a set with an unknown part has unknown instances.
    if (collection.t === 'list') collection = collection.items.find(isSpread) ?? collection;
    const items =
      collection.t === 'list' ? collection.items.map((v) => [v, v] as [Value, Value]) : forItems(collection);
    if (!items) {
      const why = collection.t === 'unknown' ? collection.reason : 'for_each is not a map or set';
      return within(scope, address, located, [
        { names: { each: objectOf({ key: unknown('each.key', why), value: unknown('each.value', why) }) } },
      ]);
    }
    const granted = withinBudget(scope, located, address, items.length, forEach.name, (i) =>
      keyText(items[i][0]),
    );
    return items
      .slice(0, granted)
      .map(([k, v]) => ({ key: k, names: { each: objectOf({ key: k, value: v }) } }));
  }
  return within(scope, address, located, [{}]);
}

function keyText(key: Value): string {
  return `[${JSON.stringify(toPlain(key))}]`;
}

/** A block of one instance, or the unknown instance of an unknown count/for_each: also takes the budget. */
function within(scope: Scope, address: string, located: Located<Block>, one: Expansion): Expansion {
  return withinBudget(scope, located, address, 1, undefined, () => '') === 1 ? one : [];
}

/** How many of `wanted` instances the root's budget grants; reports exactly which ones are not analysed. */
function withinBudget(
  scope: Scope,
  located: Located<Block>,
  address: string,
  wanted: number,
  meta: string | undefined,
  key: (i: number) => string,
): number {
  const budget = scope.module.root.budget;
  const granted = budget.takeInstances(wanted);
  if (granted < wanted) {
    const missing =
      wanted - granted === 1
        ? `${address}${key(granted)}`
        : `${address}${key(granted)} to ${address}${key(wanted - 1)}`;
    const what = meta ? `${wanted.toLocaleString('en-US')} instances (${meta})` : 'an instance';
    budget.instancesLeftOut(
      toLocation(located.file, headerSpan(located)),
      `${address} has ${what}, over the budget of ${LIMITS.instances.toLocaleString('en-US')} resource and module instances of ${budget.rootName}: ${missing} (${(wanted - granted).toLocaleString('en-US')}) not analysed`,
      wanted - granted,
    );
  }
  return granted;
}

/** Where a resource is named: the type keyword in HCL; in JSON syntax, the key of its name (the type key is shared). */
function headerSpan(located: Located<Block>): Span {
  const labels = located.node.labelSpans;
  return located.file.path.endsWith('.json') && labels.length > 0
    ? labels[labels.length - 1]
    : located.node.typeSpan;
}

export function objectOf(attrs: Record<string, Value>): Value {
  return { t: 'object', attrs: new Map(Object.entries(attrs)) };
}

/**
 * A resource instance whose locations are looked up when first read: most instances are never reported (the
 * user-data reader looks at every instance's user data, and most hold no firewall), and a file's line index is
 * built only when a location in it is wanted.
 */
export class ExpandedInstance implements ResourceInstance {
  #location: Location | undefined;
  #extent: Location | undefined;

  constructor(
    readonly type: string,
    readonly name: string,
    readonly address: string,
    readonly displayName: string,
    readonly localAddress: string,
    readonly module: ModuleInstance,
    private readonly located: Located<Block>,
    readonly body: BodyView,
  ) {}

  get block(): Block {
    return this.located.node;
  }

  get file(): ConfigFile {
    return this.located.file;
  }

  get location(): Location {
    return (this.#location ??= toLocation(this.located.file, headerSpan(this.located)));
  }

  get extent(): Location {
    return (this.#extent ??= toLocation(this.located.file, this.located.node));
  }
}
