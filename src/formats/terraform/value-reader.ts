// Terraform resources seen through the shared provider mappings (src/providers: Azure NSG rules, GCP firewalls, NACL
// entries): evaluated values become located values, nested blocks become lists of objects (the provider schema's
// view), and a reference to another resource can be followed to that resource's address.
import type { Expr } from '../hcl/ast.ts';
import type { EgressRule, FirewallKind, Location, Variant } from '../../model/types.ts';
import { evaluate } from './evaluate.ts';
import type { BodyView, ResourceInstance } from './module.ts';
import { toPlain, type Value } from './values.ts';
import type { FirewallBase } from '../../providers/shared/firewall-base.ts';
import { addressVariant } from './address.ts';
import type { LocatedValue, Placement, ValueReader } from '../../providers/shared/values.ts';
import { placeOf } from './model-values.ts';

/** Attributes that name another resource by its id: a reference to them stands for that resource. */
const IDENTITY_ATTRIBUTES = new Set(['id', 'self_link']);

/** How a mapping wants Terraform values read, where mappings differ. */
export interface ReadOptions {
  /**
   * 'identity': `x.id`/`x.self_link` is that resource's address, any other attribute is unknown until apply (Azure,
   * GCP, NACL mappings). 'symbolic': every reference is kept as one, to that resource, whatever attribute it reads
   * (the AWS security-group mapping: see TerraformArguments in src/providers/aws/security-group.ts).
   */
  references: 'identity' | 'symbolic';
  /**
   * Where a field of an object value (`egress = [{ … }]`) is used: at the object ('object'), or at the field's own
   * literal when it was not set through a variable, local or argument ('literal': the AWS security-group mapping).
   */
  fieldUseSite: 'object' | 'literal';
}

const IDENTITY: ReadOptions = { references: 'identity', fieldUseSite: 'object' };

function locatedValue(
  value: Value,
  useSite: Location,
  extent: Location,
  options: ReadOptions,
): LocatedValue | undefined {
  const at: Placement = placeOf(value, useSite, extent);
  switch (value.t) {
    case 'null':
      return undefined;
    case 'string':
    case 'number':
    case 'bool':
      return { kind: 'scalar', value: value.v, at };
    case 'unknown':
      return { kind: 'unknown', expression: value.expr, reason: value.reason, at };
    case 'ref': {
      if (options.references === 'symbolic')
        return { kind: 'reference', address: value.address, text: String(toPlain(value)), at };
      // `azurerm_application_security_group.app.id` is that group (relays can name it by address); any other
      // attribute of a resource (an IP address, a CIDR it computes) exists only after apply.
      const attr = value.attr[value.attr.length - 1];
      if (value.attr.length <= 1 && (attr === undefined || IDENTITY_ATTRIBUTES.has(attr)))
        return { kind: 'scalar', value: value.address, at };
      return {
        kind: 'unknown',
        expression: String(toPlain(value)),
        reason: `${String(toPlain(value))} is known only after apply`,
        at,
      };
    }
    case 'list': {
      const items = value.items
        .map((item) => locatedValue(item, useSite, extent, options))
        .filter((item) => item !== undefined);
      return { kind: 'list', items, at };
    }
    case 'object':
      return { kind: 'object', fields: objectReader(value, at, extent, options), at };
  }
}

function objectReader(
  value: Value & { t: 'object' },
  at: Placement,
  extent: Location,
  options: ReadOptions,
): ValueReader {
  return {
    at,
    get(name) {
      const field = value.attrs.get(name);
      if (!field) return undefined;
      const src = field.src;
      const useSite = options.fieldUseSite === 'literal' && src && !src.via ? src.loc : at.location;
      return locatedValue(field, useSite, extent, options);
    },
  };
}

/**
 * A block body as a ValueReader. An attribute reads as its value; a nested block type (`security_rule`, `allow`,
 * `egress`, static or dynamic) reads as the list of its blocks, as the provider sees them.
 */
export function bodyReader(view: BodyView, extent: Location, options: ReadOptions = IDENTITY): ValueReader {
  return {
    at: { location: view.location, origins: [] },
    get(name) {
      const value = view.attr(name);
      if (value !== undefined)
        return locatedValue(value, view.attrLocation(name) ?? view.location, extent, options);
      if (!view.hasBlocks(name)) return undefined;
      const blocks = view.blocks(name);
      const items: LocatedValue[] = blocks.map((block) => ({
        kind: 'object',
        fields: bodyReader(block, extent, options),
        at: { location: block.location, origins: [] },
      }));
      return { kind: 'list', items, at: { location: blocks[0]?.location ?? view.location, origins: [] } };
    },
  };
}

/** `"${x.y.name}"` in .tf.json is the expression itself. */
function unwrapTemplate(expr: Expr): Expr {
  if (expr.kind === 'template' && expr.parts.length === 1 && expr.parts[0].kind !== 'text')
    return expr.parts[0] as Expr;
  return expr;
}

/**
 * The address of the resource an attribute reads from: `azurerm_network_security_group.nsg.name`,
 * `aws_network_acl.public[0].id` and `google_compute_network.vpc.self_link` name those resources (with module
 * path and instance key). Undefined when the attribute is not such a reference.
 */
export function referencedAddress(view: BodyView, name: string): string | undefined {
  const expr = view.attrExpr(name);
  if (!expr) return undefined;
  const traversal = unwrapTemplate(expr);
  if (traversal.kind !== 'getattr') return undefined;
  const target = evaluate(traversal.object, view.scope);
  return target.t === 'ref' && target.attr.length === 0 ? target.address : undefined;
}

/** The firewall a rule resource is checked under when the firewall it names (`id`) is outside the scan. */
export function outsideFirewall(instance: ResourceInstance, kind: FirewallKind, id: string): FirewallBase {
  return {
    platform: 'terraform',
    kind,
    id,
    displayName: id,
    resourceType: instance.type,
    location: instance.location,
    related: instance.module.callChain,
    variant: variantOf(instance, id),
  };
}

/**
 * A firewall or rule named `address` as one instance of its declaration (count/for_each keys, the root module when
 * the scan holds several), so findings about its instances at one place are merged (src/engine/variants.ts).
 */
export function variantOf(instance: ResourceInstance, address = instance.address): Variant {
  return addressVariant(
    address,
    instance.module.rootLabel ? instance.module.files?.rootDir || '.' : undefined,
  );
}

/** The resource instance as the declarer of the rules read from it. */
export function declaredByOf(instance: ResourceInstance): EgressRule['declaredBy'] {
  return {
    id: instance.address,
    resourceType: instance.type,
    displayName: instance.address,
    location: instance.location,
    variant: variantOf(instance),
  };
}
