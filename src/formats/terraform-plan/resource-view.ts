// One plan resource as the provider mappings see it: where to report it (its .tf declaration when that is in the
// scan, else its object in the plan) and its planned values, with what is known only after apply left unknown —
// named by the expression the configuration records, and group references resolved to their addresses.
import { addressVariant } from '../terraform/address.ts';
import type { EgressRule, Location, Origin } from '../../model/types.ts';
import {
  docReader,
  locationIn,
  placeIn,
  type LocatedValue,
  type ValueReader,
} from '../../providers/shared/values.ts';
import type { PlanConfiguration } from './configuration.ts';
import type { PlanResource } from './document.ts';

/** Attributes that hold a security-group id: when unknown, the configuration says which group they reference. */
const GROUP_REFERENCES = new Set([
  'security_group_id',
  'security_groups',
  'source_security_group_id',
  'referenced_security_group_id',
]);
export const GROUP_TYPES = new Set(['aws_security_group', 'aws_default_security_group']);

export interface PlanView {
  resource: PlanResource;
  /** The plan entry, when the resource is reported at its .tf declaration. */
  related: Origin[];
  /** The resource as the declarer of its rules, located at its .tf declaration when that is in the scan. */
  declaredBy: EgressRule['declaredBy'];
  values: ValueReader;
  /** The resources of the given types an attribute's expression references (static addresses), per the configuration. */
  referencedResources(attribute: string, types: ReadonlySet<string>): string[];
}

function typeOf(address: string): string {
  const parts = address.split('.');
  return parts[parts.length - 2] ?? '';
}

export function planView(
  resource: PlanResource,
  file: string,
  declaration: Location | undefined,
  configuration: PlanConfiguration,
): PlanView {
  const modulePath = resource.parsed.modules.map((m) => m.name);
  const place = placeIn(file, declaration, `planned value of ${resource.address}`);
  // A sensitive value is never read, let alone printed; one known only after apply cannot be.
  const planned = docReader(resource.values, { place, naming: 'snake' }, [
    {
      tree: resource.sensitive,
      expression: '(sensitive value)',
      reason: 'the plan marks the value sensitive',
    },
    {
      tree: resource.afterUnknown,
      expression: '(known after apply)',
      reason: 'the value is known only after apply',
    },
  ]);
  const location = declaration ?? locationIn(file, resource.node.loc);
  const { type, name } = resource.parsed;
  const referencesOf = (attribute: string) => configuration.references(modulePath, type, name, attribute);
  const referencedResources = (attribute: string, types: ReadonlySet<string>) => [
    ...new Set(
      referencesOf(attribute)
        .flatMap((r) => configuration.resolveResources(modulePath, r))
        .filter((address) => types.has(typeOf(address))),
    ),
  ];

  const values: ValueReader = {
    at: planned.at,
    get(attribute) {
      const value = planned.get(attribute);
      if (value?.kind !== 'unknown') return value;
      const references = referencesOf(attribute);
      if (references.length === 0) return value;
      if (GROUP_REFERENCES.has(attribute)) {
        const groups = referencedResources(attribute, GROUP_TYPES);
        if (groups.length > 0) {
          const items: LocatedValue[] = groups.map((g) => ({ kind: 'scalar', value: g, at: value.at }));
          return { kind: 'list', items, at: value.at };
        }
      }
      return { ...value, expression: references[0] };
    },
  };
  return {
    resource,
    related: declaration
      ? [{ location: locationIn(file, resource.node.loc), description: `${resource.address} in the plan` }]
      : [],
    declaredBy: {
      id: resource.address,
      resourceType: type,
      displayName: resource.address,
      location,
      variant: addressVariant(resource.address),
    },
    values,
    referencedResources,
  };
}
