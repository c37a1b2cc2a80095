// What a provider folder supplies to each format: for every format it maps, the resource types it reads and the
// function that maps them to firewalls. The formats' analysers iterate the registry (src/providers/index.ts).
import type { ProjectFiles } from '../engine/formats.ts';
import type { Diagnostic } from '../engine/types.ts';
import type { Firewall, Unresolved } from '../model/types.ts';
import type { Extraction } from '../formats/cloudformation/extractor.ts';
import type { Resolver } from '../formats/cloudformation/intrinsics.ts';
import type { Template } from '../formats/cloudformation/template.ts';
import type { ResourceView } from '../formats/pulumi/resource-view.ts';
import type { ResourceInstance } from '../formats/terraform/module.ts';
import type { UnresolvedLog } from '../formats/terraform/model-values.ts';
import type { PlanView } from '../formats/terraform-plan/resource-view.ts';

/** What a Terraform mapping reports into, beyond its firewalls. */
export interface TerraformContext {
  log: UnresolvedLog;
  diagnostics: Diagnostic[];
  project: ProjectFiles;
}

export interface TerraformMapping {
  /** The resource types it reads, in one root module at a time. */
  types: ReadonlySet<string>;
  /** What it maps, for an internal error's message; the types when not given. */
  what?: string;
  firewalls(instances: ResourceInstance[], context: TerraformContext): Firewall[];
}

/** A mapping of resolved values (plan JSON, Pulumi state): it is given every view of the file and picks its types. */
export interface ResolvedMapping<View> {
  types: ReadonlySet<string>;
  firewalls(views: View[], unresolved: Unresolved[]): Firewall[];
}

export type CloudFormationMapping = (template: Template, resolver: Resolver) => Extraction;

export interface ProviderMappings {
  terraform?: TerraformMapping[];
  plan?: ResolvedMapping<PlanView>[];
  pulumi?: ResolvedMapping<ResourceView>[];
  /**
   * Loaded with the CloudFormation analyser only, which is itself loaded only for scans that may hold a template:
   * its code (with the YAML parser) stays out of the CLI's main chunk.
   */
  cloudformation?(): Promise<CloudFormationMapping[]>;
}
