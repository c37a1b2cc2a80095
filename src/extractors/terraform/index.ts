// The Terraform analyser: .tf, .tf.json and variable files → module tree → firewalls of every provider.
import type { FormatAnalyzer } from '../../engine/formats.ts';
import { isTerraformFile, isVarFile, loadTerraformProject } from '../../terraform/project.ts';
import type { ResourceInstance } from '../../terraform/module.ts';
import { AWS_SG_TYPES, extractAwsSecurityGroups } from './aws-security-group.ts';
import { UnresolvedLog } from './values.ts';

export const terraformAnalyzer: FormatAnalyzer = {
  id: 'terraform',
  claims: (file) => isTerraformFile(file.path) || isVarFile(file.path),
  analyze(files, options) {
    const project = loadTerraformProject(files, { vars: options.terraformVars, varFiles: options.terraformVarFiles }, options.project);
    const log = new UnresolvedLog();
    const awsGroups: ResourceInstance[] = [];
    for (const instance of project.resources()) {
      if (AWS_SG_TYPES.has(instance.type)) awsGroups.push(instance);
    }
    return {
      firewalls: extractAwsSecurityGroups(awsGroups, log),
      diagnostics: project.diagnostics,
      unresolved: log.entries,
    };
  },
};
