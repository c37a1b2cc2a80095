// The Terraform analyser: .tf, .tf.json and variable files → module tree → firewalls of every provider.
import type { FormatAnalyzer } from '../../engine/formats.ts';
import type { Diagnostic } from '../../engine/types.ts';
import type { Firewall, Unresolved } from '../../model/types.ts';
import { isTerraformFile, isVarFile, loadTerraformProject, resourcesOf } from '../../terraform/project.ts';
import { AWS_NACL_TYPES, extractAwsNetworkAcls } from './aws-network-acl.ts';
import { AWS_SG_TYPES, extractAwsSecurityGroups } from './aws-security-group.ts';
import { AZURE_NSG_TYPES, extractAzureNsgs } from './azure-nsg.ts';
import { extractGcpFirewalls, GCP_FIREWALL_TYPES } from './gcp-firewall.ts';
import { UnresolvedLog } from './values.ts';
import { USER_DATA_TYPES, userDataFirewalls } from '../../providers/host/terraform-user-data.ts';

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
    // Addresses are unique within a root module only, so each root is extracted on its own.
    for (const root of project.roots) {
      const rootFirewalls = [
        ...extractAwsSecurityGroups([...resourcesOf(root, AWS_SG_TYPES)], log),
        ...extractAwsNetworkAcls([...resourcesOf(root, AWS_NACL_TYPES)], log),
        ...extractAzureNsgs([...resourcesOf(root, AZURE_NSG_TYPES)], log),
        ...extractGcpFirewalls([...resourcesOf(root, GCP_FIREWALL_TYPES)], log),
        // Host firewalls (ufw, iptables) that instances' user data sets up (issue 18).
        ...userDataFirewalls(
          resourcesOf(root, USER_DATA_TYPES),
          options.project,
          hostUnresolved,
          hostDiagnostics,
        ),
      ];
      if (root.config.dir) for (const f of rootFirewalls) f.id = `${root.config.dir}//${f.id}`;
      firewalls.push(...rootFirewalls);
    }
    const varsDeclared = project.roots.flatMap((root) =>
      Object.keys(options.terraformVars).filter((name) => root.config.variables.has(name)),
    );
    return {
      firewalls,
      inputsUsed: varsDeclared.map((name) => `var:${name}`),
      diagnostics: [...project.diagnostics, ...hostDiagnostics],
      unresolved: dedupeUnresolved([...project.unresolved, ...log.entries, ...hostUnresolved]),
    };
  },
};
