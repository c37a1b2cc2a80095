// Module instances: where variables, locals, module calls and resource instances get their values.
// Everything is lazy and memoised: only what a network extractor asks for is evaluated.
import { nameSpan, type Block, type Body, type Expr } from '../hcl/ast.ts';
import type { ProjectFiles } from '../../engine/formats.ts';
import type { Location, Origin } from '../../model/types.ts';
import {
  exprText,
  findAttribute,
  toLocation,
  type ConfigFile,
  type Located,
  type ModuleConfig,
} from './config.ts';
import { evaluate, forItems, isConstant, withNames, type Scope } from './evaluate.ts';
import { EvalError } from './functions/index.ts';
import { expand, ExpandedInstance, objectOf } from './expansion.ts';
import { convert, typeConstraint } from './types.ts';
import { LIMITS, type RootBudget } from './limits.ts';
import { asString, toPlain, unknown, type Src, type Value } from './values.ts';

/** A value supplied from outside a module: a caller's argument, tfvars, --var. */
export interface InputValue {
  value: () => Value;
  /** Where it was set, for related locations. */
  origin?: Origin;
}

export interface ResourceInstance {
  type: string;
  name: string;
  /** Full address: `module.edge.aws_security_group.this["a"]`. */
  address: string;
  /** The address, plus the root module's directory when a scan holds several roots (the same address can recur). */
  displayName: string;
  /** Address without module path or instance key, as users write it in config: `aws_security_group.this`. */
  localAddress: string;
  module: ModuleInstance;
  block: Block;
  file: ConfigFile;
  body: BodyView;
  /** The header (type keyword). */
  location: Location;
  /** The whole block, to tell whether a value is written inside it. */
  extent: Location;
}

/** The scanned files a module's file functions may read, and the root module's directory paths resolve from. */
export interface ModuleFiles {
  project: ProjectFiles;
  rootDir: string;
}

/** Resolves child module directories for a call; returns undefined when the module's source is not available. */
export type ModuleResolver = (
  caller: ModuleInstance,
  name: string,
  source: string,
  at: Location,
) => ModuleConfig | undefined;

/** What every module instance of one root module shares: how module sources resolve, and its evaluation budget. */
export interface RootContext {
  resolve: ModuleResolver;
  budget: RootBudget;
}

/** Arguments of a module call that are Terraform's, not inputs of the module. */
const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/**
 * Values of variable defaults that refer to nothing (Terraform allows no references there), by expression: the same
 * in every instance of the module, and in every unit of a scan sharing its syntax tree. A module called by many
 * others (terraform-aws-security-group's 60 wrappers) would otherwise evaluate its large default maps each time.
 */
const constantDefaults = new WeakMap<Expr, { value: Value; work: number }>();

export class ModuleInstance {
  private readonly localCache = new Map<string, Value>();
  private readonly variableCache = new Map<string, Value>();
  private readonly evaluating = new Set<string>();
  private resourceCache?: Map<string, ResourceInstance[]>;
  private childCache = new Map<string, { key?: Value; instance: ModuleInstance }[]>();
  /** Appended to addresses in messages, e.g. ` (root examples/http)`; set on roots, inherited by children. */
  rootLabel = '';
  /** Set on roots, inherited by children: what file(), templatefile() and fileset() read. */
  files?: ModuleFiles;
  private outputsCache?: Value;

  constructor(
    readonly config: ModuleConfig,
    /** `module.a.module.b[0].` or '' for a root module. */
    readonly prefix: string,
    readonly inputs: Map<string, InputValue>,
    readonly root: RootContext,
    /** The module calls that led here, outermost first, for related locations. */
    readonly callChain: Origin[],
    /** The instance whose module call made this one; undefined for a root module. */
    readonly parent?: ModuleInstance,
  ) {
    this.depth = parent ? parent.depth + 1 : 0;
  }

  readonly depth: number;

  private guard<T>(key: string, compute: () => T, fallback: () => T): T {
    if (this.evaluating.has(key)) return fallback();
    this.evaluating.add(key);
    try {
      return compute();
    } finally {
      this.evaluating.delete(key);
    }
  }

  /**
   * A local or a variable default that reaches itself: Terraform refuses such a configuration ("Cycle: …",
   * "Variables not allowed"), so it is an error where the reference is written, not only an unresolved value.
   */
  private cycle(address: string, src: Src): Value {
    this.root.budget.log.error(
      src.loc,
      `cyclic reference: ${address} refers to itself (Terraform refuses this configuration); it is treated as unknown`,
    );
    return unknown(address, 'cyclic reference', src);
  }

  variable(name: string, src: Src): Value {
    const cached = this.variableCache.get(name);
    if (cached) return cached;
    const input = this.inputs.get(name);
    const declared = this.config.variables.get(name);
    let value: Value;
    if (input)
      value = this.guard(`var.${name}`, input.value, () => unknown(`var.${name}`, 'cyclic reference', src));
    else if (declared) {
      const def = findAttribute(declared.node.body, 'default');
      // Terraform allows no references in a default; one that refers to itself is a cycle, not a recursion.
      value = def
        ? this.guard(
            `var.${name}`,
            () => this.defaultValue(name, def.expr, declared.file),
            () => this.cycle(`var.${name}`, src),
          )
        : unknown(`var.${name}`, `variable "${name}" has no default and no value is given`, src);
    } else value = unknown(`var.${name}`, `variable "${name}" is not declared`, src);
    // `nullable = false` variables fall back to their default when given null.
    if (value.t === 'null' && declared && input) {
      const nullable = findAttribute(declared.node.body, 'nullable');
      const def = findAttribute(declared.node.body, 'default');
      if (def && nullable?.expr.kind === 'literal' && nullable.expr.value === false) {
        value = this.defaultValue(name, def.expr, declared.file);
      }
    }
    const type = declared && findAttribute(declared.node.body, 'type');
    if (type && declared) value = this.typed(name, value, type.expr, declared.file, src);
    this.variableCache.set(name, value);
    return value;
  }

  /** The value converted to the variable's declared type, optional attributes filled; unknown when it does not fit. */
  private typed(name: string, value: Value, type: Expr, file: ConfigFile, src: Src): Value {
    try {
      return convert(value, typeConstraint(type), (expr) =>
        evaluate(expr, { module: this, file, via: `variable "${name}" optional default` }),
      );
    } catch (error) {
      if (error instanceof EvalError) return unknown(`var.${name}`, error.message, src);
      throw error;
    }
  }

  private defaultValue(name: string, expr: Expr, file: ConfigFile): Value {
    const budget = this.root.budget;
    const known = constantDefaults.get(expr);
    if (known) {
      // Counted as if evaluated: a root's budget does not depend on which roots a unit of the scan holds.
      budget.spend(known.work);
      return known.value;
    }
    const before = budget.used;
    const value = evaluate(expr, { module: this, file, via: `variable "${name}" default` });
    // An unknown may be this evaluation's own limit (nesting depth reached through a deep chain of calls).
    if (value.t !== 'unknown' && isConstant(expr))
      constantDefaults.set(expr, { value, work: budget.used - before });
    return value;
  }

  local(name: string, src: Src): Value {
    const cached = this.localCache.get(name);
    if (cached) return cached;
    const declared = this.config.locals.get(name);
    if (!declared) return unknown(`local.${name}`, `local "${name}" is not declared`, src);
    const value = this.guard(
      `local.${name}`,
      () => evaluate(declared.node.expr, { module: this, file: declared.file, via: `local "${name}"` }),
      () => this.cycle(`local.${name}`, src),
    );
    this.localCache.set(name, value);
    return value;
  }

  /** Child module instances of a call, expanded by count/for_each. */
  children(name: string): { key?: Value; instance: ModuleInstance }[] {
    const cached = this.childCache.get(name);
    if (cached) return cached;
    const call = this.config.moduleCalls.get(name);
    const result: { key?: Value; instance: ModuleInstance }[] = [];
    this.childCache.set(name, result);
    if (!call) return result;
    const scope: Scope = { module: this, file: call.file };
    const sourceAttr = findAttribute(call.node.body, 'source');
    const source = sourceAttr ? asString(evaluate(sourceAttr.expr, scope)) : undefined;
    if (source === undefined) return result;
    const callOrigin: Origin = {
      location: toLocation(call.file, call.node.typeSpan),
      description: `module "${name}" call`,
    };
    const config = this.root.resolve(this, name, source, callOrigin.location);
    if (!config || !this.mayCall(name, config, callOrigin.location)) return result;
    for (const { key, names } of expand(call, scope, `${this.prefix}module.${name}`)) {
      const keyText = key === undefined ? '' : `[${JSON.stringify(toPlain(key))}]`;
      const inner = names ? withNames(scope, names) : scope;
      const inputs = new Map<string, InputValue>();
      for (const attr of call.node.body.attributes) {
        if (META_ARGUMENTS.has(attr.name)) continue;
        let memo: Value | undefined;
        inputs.set(attr.name, {
          value: () =>
            (memo ??= evaluate(attr.expr, {
              ...inner,
              via: inner.via ?? `module "${name}" argument "${attr.name}"`,
            })),
          origin: {
            location: toLocation(call.file, nameSpan(attr)),
            description: `module "${name}" argument`,
          },
        });
      }
      const instance = new ModuleInstance(
        config,
        `${this.prefix}module.${name}${keyText}.`,
        inputs,
        this.root,
        [...this.callChain, callOrigin],
        this,
      );
      instance.rootLabel = this.rootLabel;
      instance.files = this.files;
      result.push({ key, instance });
    }
    return result;
  }

  /**
   * Whether a module call may be expanded: Terraform refuses a cycle of module calls (`a → b → a`, a module that
   * calls itself), and calls nested deeper than LIMITS.moduleDepth are not followed. Either is reported.
   */
  private mayCall(name: string, config: ModuleConfig, at: Location): boolean {
    const chain: string[] = [];
    for (const m of this.ancestry()) {
      chain.unshift(m.config.dir || '.');
      if (m.config === config) {
        this.root.budget.log.error(
          at,
          `module call cycle: ${[...chain, config.dir || '.'].join(' → ')} (Terraform refuses cyclic module calls); module "${name}" is not expanded here`,
        );
        return false;
      }
    }
    if (this.depth + 1 > LIMITS.moduleDepth) {
      this.root.budget.log.error(
        at,
        `module calls nested deeper than ${LIMITS.moduleDepth} levels (${this.prefix}module.${name}); module "${name}" is not expanded`,
      );
      return false;
    }
    return true;
  }

  /** This instance, its caller, and so on up to the root module. */
  private *ancestry(): Generator<ModuleInstance> {
    yield this;
    if (this.parent) yield* this.parent.ancestry();
  }

  /** This instance's outputs as an object, evaluated once (every `module.x.y` reference reads it). */
  outputs(callerName: string): Value {
    if (this.outputsCache) return this.outputsCache;
    const attrs = new Map<string, Value>();
    for (const [out, block] of this.config.outputs) {
      const valueAttr = findAttribute(block.node.body, 'value');
      if (!valueAttr) continue;
      attrs.set(
        out,
        this.guard(
          `output.${out}`,
          () => evaluate(valueAttr.expr, { module: this, file: block.file }),
          () => unknown(`${callerName}.${out}`, 'cyclic reference'),
        ),
      );
    }
    this.outputsCache = { t: 'object', attrs };
    return this.outputsCache;
  }

  /** `module.NAME` as a value: an object of outputs, or a list/map of them for count/for_each. */
  moduleOutputs(name: string, src: Src): Value {
    const call = this.config.moduleCalls.get(name);
    if (!call) return unknown(`module.${name}`, `module "${name}" is not declared`, src);
    const children = this.children(name);
    if (
      children.length === 0 &&
      !findAttribute(call.node.body, 'count') &&
      !findAttribute(call.node.body, 'for_each')
    ) {
      return unknown(`module.${name}`, `module "${name}" source is not available locally`, src);
    }
    const outputsOf = (child: ModuleInstance): Value => child.outputs(`module.${name}`);
    const expanded = findAttribute(call.node.body, 'for_each') ?? findAttribute(call.node.body, 'count');
    // An unknown count or for_each is analysed as one instance without a key; as a whole, the module is unknown.
    if (expanded && children.some((c) => c.key === undefined))
      return unknown(`module.${name}`, `the ${expanded.name} of module "${name}" is not known`, src);
    if (findAttribute(call.node.body, 'for_each')) {
      return {
        t: 'object',
        attrs: new Map(children.map((c) => [asString(c.key as Value) ?? '', outputsOf(c.instance)])),
        src,
      };
    }
    if (findAttribute(call.node.body, 'count'))
      return { t: 'list', items: children.map((c) => outputsOf(c.instance)), src };
    return outputsOf(children[0].instance);
  }

  /** Instances of one resource (`type.name`) in this module, expanded by count/for_each on first use. */
  instancesOf(localAddress: string): ResourceInstance[] {
    this.resourceCache ??= new Map();
    const cached = this.resourceCache.get(localAddress);
    if (cached) return cached;
    const located = this.config.resources.get(localAddress);
    if (!located) return [];
    const [type, name] = localAddress.split('.');
    const scope: Scope = { module: this, file: located.file };
    const instances = expand(located, scope, `${this.prefix}${localAddress}`).map(({ key, names }) => {
      const keyText = key === undefined ? '' : `[${JSON.stringify(toPlain(key))}]`;
      const inner = names ? withNames(scope, names) : scope;
      return new ExpandedInstance(
        type,
        name,
        `${this.prefix}${localAddress}${keyText}`,
        `${this.prefix}${localAddress}${keyText}${this.rootLabel}`,
        localAddress,
        this,
        located,
        new BodyView(located.node.body, inner, located.node),
      );
    });
    this.resourceCache.set(localAddress, instances);
    return instances;
  }

  /** `aws_security_group.x` as a value: a ref, or a list/map of refs for count/for_each. */
  resourceRef(localAddress: string, src: Src): Value {
    const located = this.config.resources.get(localAddress) as Located<Block>;
    const instances = this.instancesOf(localAddress);
    const ref = (i: ResourceInstance): Value => ({ t: 'ref', address: i.address, attr: [], src });
    if (findAttribute(located.node.body, 'for_each')) {
      return {
        t: 'object',
        attrs: new Map(instances.map((i) => [i.address.slice(i.address.lastIndexOf('[') + 2, -2), ref(i)])),
        src,
      };
    }
    if (findAttribute(located.node.body, 'count')) return { t: 'list', items: instances.map(ref), src };
    return instances[0] ? ref(instances[0]) : unknown(localAddress, 'resource has no instances', src);
  }

  /**
   * Reading an attribute of a resource: an argument written in its configuration is evaluated (so
   * `aws_vpc.main.cidr_block` resolves); anything else (id, arn, computed) stays a symbolic reference.
   */
  refAttribute(ref: Value & { t: 'ref' }, name: string): Value {
    if (ref.attr.length === 0 && !name.startsWith('[')) {
      const instance = this.findInstance(ref.address);
      const attr = instance && findAttribute(instance.block.body, name);
      if (instance && attr) {
        const scope = { ...instance.body.scope, via: `${instance.localAddress} argument "${name}"` };
        return this.guard(
          `${ref.address}.${name}`,
          () => evaluate(attr.expr, scope),
          () => unknown(`${ref.address}.${name}`, 'cyclic reference'),
        );
      }
    }
    return { ...ref, attr: [...ref.attr, name] };
  }

  private findInstance(address: string): ResourceInstance | undefined {
    if (!address.startsWith(this.prefix)) return undefined;
    const local = address.slice(this.prefix.length).replace(/\[.*\]$/, '');
    return this.instancesOf(local).find((i) => i.address === address);
  }
}

/**
 * A block body seen through a scope: attribute values, nested blocks (static and `dynamic`), and
 * positions. Extractors read resources only through this.
 */
export class BodyView {
  constructor(
    readonly body: Body,
    readonly scope: Scope,
    /** The block this body belongs to (for its header location), when it is one. */
    readonly block?: Block,
  ) {}

  get file(): string {
    return this.scope.file.path;
  }

  has(name: string): boolean {
    return findAttribute(this.body, name) !== undefined;
  }

  attr(name: string): Value | undefined {
    const a = findAttribute(this.body, name);
    return a ? evaluate(a.expr, this.scope) : undefined;
  }

  attrExpr(name: string): Expr | undefined {
    return findAttribute(this.body, name)?.expr;
  }

  /** Location of an attribute's expression (or its name when asked). */
  attrLocation(name: string): Location | undefined {
    const a = findAttribute(this.body, name);
    return a ? toLocation(this.scope.file, a.expr) : undefined;
  }

  text(expr: Expr): string {
    return exprText(this.scope.file, expr);
  }

  /** Header location of the block (type keyword), or the body start. */
  get location(): Location {
    return toLocation(this.scope.file, this.block ? this.block.typeSpan : this.body);
  }

  /** Whether a nested block of this type is written, statically or as `dynamic "type"`. */
  hasBlocks(type: string): boolean {
    return this.body.blocks.some((b) => b.type === type || (b.type === 'dynamic' && b.labels[0] === type));
  }

  /** Nested blocks of a type in order, with `dynamic` blocks expanded over their for_each. */
  blocks(type: string): BodyView[] {
    const out: BodyView[] = [];
    for (const b of this.body.blocks) {
      if (b.type === type) out.push(new BodyView(b.body, this.scope, b));
      else if (b.type === 'dynamic' && b.labels[0] === type) out.push(...this.dynamic(b, type));
    }
    return out;
  }

  private dynamic(block: Block, type: string): BodyView[] {
    const content = block.body.blocks.find((b) => b.type === 'content');
    const forEach = findAttribute(block.body, 'for_each');
    if (!content || !forEach) return [];
    const iteratorAttr = findAttribute(block.body, 'iterator');
    const iterator =
      iteratorAttr?.expr.kind === 'variable'
        ? iteratorAttr.expr.name
        : (iteratorAttr && asString(evaluate(iteratorAttr.expr, this.scope))) || type;
    const collection = evaluate(forEach.expr, this.scope);
    const items =
      collection.t === 'list'
        ? collection.items.map((v, i) => [{ t: 'number', v: i } as Value, v] as [Value, Value])
        : forItems(collection);
    if (!items) {
      // Unknown collection: analyse the content once with unknown iterator values.
      const why = collection.t === 'unknown' ? collection.reason : 'for_each is not a collection';
      const names = {
        [iterator]: objectOf({
          key: unknown(`${iterator}.key`, why),
          value: unknown(`${iterator}.value`, why),
        }),
      };
      return [new BodyView(content.body, withNames(this.scope, names), block)];
    }
    return items.map(
      ([key, value]) =>
        new BodyView(content.body, withNames(this.scope, { [iterator]: objectOf({ key, value }) }), block),
    );
  }
}
