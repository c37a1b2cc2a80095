// The CloudFormation format: YAML and JSON templates, SAM templates and CDK output (cdk.out/*.template.json).
import type { AnalyzeOptions, FormatAnalyzer } from '../../engine/formats.ts';
import { internalError } from '../../engine/errors.ts';
import type { AnalysisResult, SourceFile } from '../../engine/types.ts';
import type { DocNode } from '../tree.ts';
import { Resolver, scalarText } from './intrinsics.ts';
import { userDataFirewalls } from '../../providers/host/cloudformation-user-data.ts';
import { extractNetworkAcls } from '../../providers/aws/cloudformation-network-acl.ts';
import { extractSecurityGroups } from '../../providers/aws/cloudformation-security-groups.ts';
import { looksLikeCloudFormation } from './detect.ts';
import { cloudformationSuppressions } from './suppressions.ts';
import { loadTemplate } from './template.ts';

export { cloudformationSuppressions };

function analyzeFile(file: SourceFile, options: AnalyzeOptions, result: AnalysisResult): void {
  const loaded = loadTemplate(file);
  if (loaded.kind === 'invalid') {
    result.diagnostics.push(...loaded.diagnostics);
    return;
  }
  if (loaded.kind === 'not-cloudformation') {
    result.skipped?.push(file.path);
    return;
  }
  result.diagnostics.push(...loaded.diagnostics);
  const resolver = new Resolver(loaded.template, options.cfnParameters);
  for (const name of Object.keys(options.cfnParameters))
    if (loaded.template.parameters.has(name)) result.inputsUsed?.push(`parameter:${name}`);
  for (const extraction of [
    extractSecurityGroups(loaded.template, resolver),
    extractNetworkAcls(loaded.template, resolver),
  ]) {
    result.firewalls.push(...extraction.firewalls);
    result.unresolved.push(...extraction.unresolved);
    result.diagnostics.push(...extraction.diagnostics);
  }
  // Host firewalls (ufw, iptables) that instances' UserData sets up (issue 18).
  const resolveString = (node: DocNode) => {
    const alternatives = resolver.resolve(node);
    return alternatives.length === 1 ? scalarText(alternatives[0].value) : undefined;
  };
  result.firewalls.push(
    ...userDataFirewalls(loaded.template, resolveString, result.unresolved, result.diagnostics),
  );
}

export const cloudformationAnalyzer: FormatAnalyzer = {
  id: 'cloudformation',
  claims: looksLikeCloudFormation,
  independentFiles: true,
  analyze(files, options) {
    const result: AnalysisResult = {
      firewalls: [],
      diagnostics: [],
      unresolved: [],
      skipped: [],
      inputsUsed: [],
    };
    for (const file of files) {
      try {
        analyzeFile(file, options, result);
      } catch (error) {
        // A bug on one template must not lose the others' results.
        result.diagnostics.push(internalError(file.path, error, 'the cloudformation analyser failed on it'));
      }
    }
    return result;
  },
  dataSuppressions: cloudformationSuppressions,
};
