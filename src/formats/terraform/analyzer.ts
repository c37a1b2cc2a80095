// The Terraform analyser: .tf, .tf.json and variable files → module tree → firewalls of every provider.
import type { FormatAnalyzer } from '../../engine/formats.ts';
import type { Diagnostic } from '../../engine/types.ts';
import type { Firewall, Unresolved } from '../../model/types.ts';
import { isTerraformFile, isVarFile, loadTerraformProject, resourcesOf } from './project.ts';
import { AWS_NACL_TYPES, extractAwsNetworkAcls } from '../../providers/aws/terraform-network-acl.ts';
import { AWS_SG_TYPES, extractAwsSecurityGroups } from '../../providers/aws/terraform-security-group.ts';
import { AZURE_NSG_TYPES, extractAzureNsgs } from '../../providers/azure/terraform.ts';
import { extractGcpFirewalls, GCP_FIREWALL_TYPES } from '../../providers/gcp/terraform.ts';
import { UnresolvedLog } from './model-values.ts';
import { USER_DATA_TYPES, userDataFirewalls } from '../../providers/host/terraform-user-data.ts';
import { internalError } from '../../engine/errors.ts';
import type { ResourceInstance } from './module.ts';
import { terraformUnits } from './units.ts';

/** Each provider's resource types and extractor. */
const EXTRACTORS: [ReadonlySet<string>, (instances: ResourceInstance[], log: UnresolvedLog) => Firewall[]][] =
  [
    [AWS_SG_TYPES, extractAwsSecurityGroups],
    [AWS_NACL_TYPES, extractAwsNetworkAcls],
    [AZURE_NSG_TYPES, extractAzureNsgs],
    [GCP_FIREWALL_TYPES, extractGcpFirewalls],
  ];

/** The same unknown seen through several module instances is one thing the user has to look at. */
function dedupeUnresolved(entries: Unresolved[]): Unresolved[] {
  const seen = new Set<string>();
  return entries.filter((u) => {
    const key = `${u.location.file}:${u.location.line}:${u.location.column}:${u.expression}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const terraformAnalyzer: FormatAnalyzer = {
  id: 'terraform',
  claims: (file) => isTerraformFile(file.path) || isVarFile(file.path),
  units: terraformUnits,
  analyze(files, options) {
    const project = loadTerraformProject(
      files,
      {
        vars: options.terraformVars,
        varFiles: options.terraformVarFiles,
        severalRoots: options.terraformSeveralRoots,
        parseCache: options.terraformParseCache,
      },
      options.project,
    );
    const log = new UnresolvedLog();
    const firewalls: Firewall[] = [];
    const hostUnresolved: Unresolved[] = [];
    const hostDiagnostics: Diagnostic[] = [];
    const varsDeclared = new Set<string>();
    const internalErrors: Diagnostic[] = [];
    // Addresses are unique within a root module only, so each root is extracted on its own; its evaluated
    // values (up to its evaluation budget, src/formats/terraform/limits.ts) are let go before the next root's.
    for (let root = project.roots.shift(); root; root = project.roots.shift()) {
      for (const name of Object.keys(options.terraformVars))
        if (root.config.variables.has(name)) varsDeclared.add(name);
      const instance = root;
      const extractors: [string, () => Firewall[]][] = [
        ...EXTRACTORS.map(([types, extract]): [string, () => Firewall[]] => [
          [...types].join(', '),
          () => extract([...resourcesOf(instance, types)], log),
        ]),
        // Host firewalls (ufw, iptables) that instances' user data sets up.
        [
          "the host firewalls in instances' user data",
          () =>
            userDataFirewalls(
              resourcesOf(instance, USER_DATA_TYPES),
              options.project,
              hostUnresolved,
              hostDiagnostics,
            ),
        ],
      ];
      const rootFirewalls: Firewall[] = [];
      for (const [what, extract] of extractors) {
        // Evaluation errors are contained per expression (evaluate.ts); a bug in an extractor costs that
        // provider's firewalls in this root module only, and names itself.
        try {
          rootFirewalls.push(...extract());
        } catch (error) {
          internalErrors.push(
            internalError(
              root.config.files[0]?.path ?? files[0].path,
              error,
              `while extracting ${what} of root module ${root.config.dir || '.'}; those are not analysed`,
            ),
          );
        }
      }
      if (root.config.dir) for (const f of rootFirewalls) f.id = `${root.config.dir}//${f.id}`;
      firewalls.push(...rootFirewalls);
    }
    return {
      firewalls,
      inputsUsed: [...varsDeclared].map((name) => `var:${name}`),
      diagnostics: [
        ...project.diagnostics,
        ...project.evaluation.diagnostics,
        ...internalErrors,
        ...hostDiagnostics,
      ],
      unresolved: dedupeUnresolved([...project.unresolved, ...log.entries, ...hostUnresolved]),
    };
  },
};
