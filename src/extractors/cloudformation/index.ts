// The CloudFormation format: YAML and JSON templates, SAM templates and CDK output (cdk.out/*.template.json).
import type { AnalyzeOptions, FormatAnalyzer } from '../../engine/formats.ts';
import { internalError } from '../../engine/errors.ts';
import type { AnalysisResult, SourceFile } from '../../engine/types.ts';
import { Resolver } from './intrinsics.ts';
import { extractNetworkAcls } from './network-acl.ts';
import { extractSecurityGroups } from './security-groups.ts';
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
  const resolver = new Resolver(loaded.template, options.cfnParameters);
  for (const extraction of [
    extractSecurityGroups(loaded.template, resolver),
    extractNetworkAcls(loaded.template, resolver),
  ]) {
    result.firewalls.push(...extraction.firewalls);
    result.unresolved.push(...extraction.unresolved);
    result.diagnostics.push(...extraction.diagnostics);
  }
}

export const cloudformationAnalyzer: FormatAnalyzer = {
  id: 'cloudformation',
  claims: looksLikeCloudFormation,
  independentFiles: true,
  analyze(files, options) {
    const result: AnalysisResult = { firewalls: [], diagnostics: [], unresolved: [], skipped: [] };
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
