// What the CloudFormation extractors (security groups, network ACLs) share: a template's resources as the
// declarers of rules, a property's Fn::If alternatives read as the located values the shared mappings take, and
// the unresolved values and diagnostics a run collects.
import type { Diagnostic } from '../../engine/types.ts';
import type { EgressRule, Firewall, Location, Unresolved } from '../../model/types.ts';
import { get, type DocNode, type NodeLoc } from '../tree.ts';
import { locationIn, type LocatedValue } from '../../providers/shared/values.ts';
import { expressionText, type Alternative, type Condition, type Resolver, type Value } from './intrinsics.ts';
import type { Resource, Template } from './template.ts';

export interface Extraction {
  firewalls: Firewall[];
  unresolved: Unresolved[];
  diagnostics: Diagnostic[];
}

/** One way a property can evaluate, with the node it is written at; `node` is undefined when it is not set. */
export type PropertyValue = Alternative & { node: DocNode | undefined };

/** The CDK construct path without the trailing `/Resource` of L1 resources, when the template comes from CDK. */
function cdkPathOf(resource: Resource): string | undefined {
  const path = get(resource.metadata, 'aws:cdk:path');
  return path?.type === 'scalar' && typeof path.value === 'string'
    ? path.value.replace(/\/Resource$/, '')
    : undefined;
}

/** What a user recognises: the construct path for CDK output (a CDK user never sees logical ids), else type and id. */
export function displayNameOf(resource: Resource): string {
  const cdkPath = cdkPathOf(resource);
  return cdkPath ? `${cdkPath} (${resource.logicalId})` : `${resource.type} ${resource.logicalId}`;
}

export abstract class TemplateExtractor {
  protected readonly unresolved: Unresolved[] = [];
  protected readonly diagnostics: Diagnostic[] = [];

  constructor(
    protected readonly template: Template,
    protected readonly resolver: Resolver,
  ) {}

  protected location(loc: NodeLoc): Location {
    return locationIn(this.template.file.path, loc);
  }

  protected declaredBy(resource: Resource): EgressRule['declaredBy'] {
    return {
      id: resource.logicalId,
      resourceType: resource.type,
      displayName: displayNameOf(resource),
      location: this.location(resource.keyLoc),
    };
  }

  /** The template's resources of a type, but those whose `Condition` the parameters decide is false: never created. */
  protected resourcesOf(type: string): Resource[] {
    return [...this.template.resources.values()].filter(
      (r) =>
        r.type === type && (r.condition === undefined || this.resolver.conditionValue(r.condition) !== false),
    );
  }

  /** A resource with a `Condition` exists, and its rules apply, only when that condition is true (unless known). */
  protected existsWhen(resource: Resource): Condition[] {
    if (resource.condition === undefined || this.resolver.conditionValue(resource.condition) === true)
      return [];
    return [{ name: resource.condition, holds: true }];
  }

  protected warn(loc: NodeLoc, message: string): void {
    this.diagnostics.push({ level: 'warning', location: this.location(loc), message });
  }

  /** The alternatives of a property; a property that is not set has one, absent. */
  protected propertyValues(node: DocNode | undefined): PropertyValue[] {
    if (!node) return [{ value: { kind: 'absent' }, conditions: [], origins: [], node }];
    return this.resolver.resolve(node).map((alternative) => ({ ...alternative, node }));
  }

  /** A picked value as the shared mappings read it; a list or a resource reference is unknown, for `reasonFor`. */
  protected locatedValue(
    { value, node, origins }: PropertyValue,
    reasonFor: (value: Value & { kind: 'list' | 'ref' }) => string,
  ): LocatedValue | undefined {
    if (value.kind === 'absent' || !node) return undefined;
    const at = { location: this.location(node.loc), origins };
    switch (value.kind) {
      case 'scalar':
        return { kind: 'scalar', value: value.value, at };
      case 'unknown':
        return { kind: 'unknown', expression: value.expression, reason: value.reason, at };
      case 'list':
      case 'ref':
        return { kind: 'unknown', expression: expressionText(node), reason: reasonFor(value), at };
    }
  }
}
