// AWS::EC2::NetworkAcl and AWS::EC2::NetworkAclEntry (Egress: true) → aws-network-acl firewalls, through the NACL
// entry mapping shared with Terraform (network-acl.ts). What is CloudFormation's own: intrinsic values
// with their Fn::If variants, linking entries by Ref to their NACL, and the resource Condition. A NACL created here
// starts with only the `*` entry, so without egress entries it lets nothing out.
import { awsNaclFinalDeny } from './defaults.ts';
import type { EgressRule, Firewall } from '../../model/types.ts';
import { get, type DocNode } from '../../formats/tree.ts';
import { naclEgressRule } from './network-acl.ts';
import { addOrphanRules, type FirewallBase } from '../shared/firewall-base.ts';
import type { ValueReader } from '../shared/values.ts';
import {
  displayNameOf,
  TemplateExtractor,
  type Extraction,
  type PropertyValue,
} from '../../formats/cloudformation/extractor.ts';
import {
  combinations,
  describeConditions,
  mergeConditions,
  MAX_ALTERNATIVES,
  scalarText,
  type Alternative,
  type Resolver,
} from '../../formats/cloudformation/intrinsics.ts';
import type { Resource, Template } from '../../formats/cloudformation/template.ts';

const NETWORK_ACL = 'AWS::EC2::NetworkAcl';
const NETWORK_ACL_ENTRY = 'AWS::EC2::NetworkAclEntry';

/** Entry properties by the snake_case names the shared mapping reads: a property path in the template. */
const PROPERTIES: [string, string[]][] = [
  ['rule_number', ['RuleNumber']],
  ['rule_action', ['RuleAction']],
  ['protocol', ['Protocol']],
  ['from_port', ['PortRange', 'From']],
  ['to_port', ['PortRange', 'To']],
  ['cidr_block', ['CidrBlock']],
  ['ipv6_cidr_block', ['Ipv6CidrBlock']],
];

function at(properties: DocNode, path: string[]): DocNode | undefined {
  return path.reduce<DocNode | undefined>((node, key) => get(node, key), properties);
}

class NetworkAclExtractor extends TemplateExtractor {
  private readonly acls = new Map<string, Firewall>();
  private readonly orphans = new Map<string, Firewall>();

  run(): Extraction {
    for (const resource of this.resourcesOf(NETWORK_ACL)) this.networkAcl(resource);
    for (const resource of this.resourcesOf(NETWORK_ACL_ENTRY)) this.entry(resource);
    const byKey = new Map(
      this.unresolved.map((u) => [`${u.location.line}:${u.location.column}:${u.expression}`, u]),
    );
    return {
      firewalls: [...this.acls.values(), ...this.orphans.values()],
      unresolved: [...byKey.values()],
      diagnostics: this.diagnostics,
    };
  }

  private networkAcl(resource: Resource): void {
    const anchor = this.declaredBy(resource);
    this.acls.set(resource.logicalId, {
      platform: 'cloudformation',
      kind: 'aws-network-acl',
      ...anchor,
      egressDeclared: 'explicit-empty',
      rules: [awsNaclFinalDeny(anchor)],
    });
  }

  private entry(resource: Resource): void {
    const properties = resource.properties;
    if (properties?.type !== 'object') {
      this.warn(resource.keyLoc, `${resource.logicalId} has no Properties`);
      return;
    }
    const egress = this.propertyValues(at(properties, ['Egress']));
    const fields = PROPERTIES.map(([, path]) => this.propertyValues(at(properties, path)));
    const variants = combinations([egress, ...fields]);
    if (!variants) {
      this.warn(
        resource.keyLoc,
        `${resource.logicalId} has more than ${MAX_ALTERNATIVES} Fn::If variants; not analysed`,
      );
      return;
    }
    const declaredBy = this.declaredBy(resource);
    const aclId = get(properties, 'NetworkAclId');
    const targets: Alternative[] = aclId
      ? this.resolver.resolve(aclId)
      : [{ value: { kind: 'absent' }, conditions: [], origins: [] }];
    const exists = this.existsWhen(resource);
    for (const target of targets) {
      const applies = mergeConditions(exists, target.conditions);
      if (!applies) continue;
      for (const { picks, conditions: own } of variants) {
        const conditions = mergeConditions(applies, own);
        if (!conditions || !this.isEgress(picks[0])) continue;
        const rule = naclEgressRule(this.reader(declaredBy, picks.slice(1)), {
          declaredBy,
          unresolved: this.unresolved,
        });
        if (!rule) continue;
        const condition = describeConditions(conditions);
        this.attach(target, resource, condition ? { ...rule, condition } : rule);
      }
    }
  }

  /** `Egress` defaults to false (an ingress entry); an unknown value is counted and the entry left out. */
  private isEgress(pick: PropertyValue): boolean {
    if (pick.value.kind === 'unknown' && pick.node) {
      this.unresolved.push({
        location: this.location(pick.node.loc),
        expression: pick.value.expression,
        reason: pick.value.reason,
      });
    }
    return pick.value.kind === 'scalar' && String(pick.value.value).toLowerCase() === 'true';
  }

  /** The picked values, read by the shared mapping under its snake_case names. */
  private reader(declaredBy: EgressRule['declaredBy'], picks: PropertyValue[]): ValueReader {
    const byName = new Map(PROPERTIES.map(([name], i) => [name, picks[i]]));
    return {
      at: { location: declaredBy.location, origins: [] },
      get: (name) => {
        const pick = byName.get(name);
        return pick
          ? this.locatedValue(pick, (value) =>
              value.kind === 'list'
                ? 'a list where one value was expected'
                : `${value.logicalId} is known only at deploy time`,
            )
          : undefined;
      },
    };
  }

  /** To the NACL the entry names by Ref; a NACL outside the template gets the entry checked on its own. */
  private attach(target: Alternative, resource: Resource, rule: EgressRule): void {
    const acl =
      target.value.kind === 'ref' && target.value.resourceType === NETWORK_ACL
        ? this.acls.get(target.value.logicalId)
        : undefined;
    if (acl) {
      // Before the `*` entry, which stays last.
      acl.rules.splice(acl.rules.length - 1, 0, rule);
      acl.egressDeclared = 'rules';
      return;
    }
    const name =
      scalarText(target.value) ?? (target.value.kind === 'unknown' ? target.value.expression : 'not given');
    const orphan: FirewallBase = {
      platform: 'cloudformation',
      kind: 'aws-network-acl',
      id: resource.logicalId,
      displayName: `${displayNameOf(resource)} (network ACL ${name})`,
      resourceType: resource.type,
      location: this.location(resource.keyLoc),
    };
    addOrphanRules(this.orphans, orphan, [rule]);
  }
}

export function extractNetworkAcls(template: Template, resolver: Resolver): Extraction {
  return new NetworkAclExtractor(template, resolver).run();
}
