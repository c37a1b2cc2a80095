// The CloudFormation format: YAML and JSON templates, SAM templates and CDK output (cdk.out/*.template.json).
import type { AnalyzeOptions, FormatAnalyzer } from '../../engine/formats.ts';
import { internalError } from '../../engine/errors.ts';
import type { AnalysisResult, SourceFile } from '../../engine/types.ts';
import { Resolver } from './intrinsics.ts';
import { PROVIDERS } from '../../providers/index.ts';
import { looksLikeCloudFormation } from './detect.ts';
import { cloudformationSuppressions } from './suppressions.ts';
import { loadTemplate } from './template.ts';

export { cloudformationSuppressions };

/** Every provider's CloudFormation mappings, in registry order, loaded with this analyser. */
const MAPPINGS = (await Promise.all(PROVIDERS.map((provider) => provider.cloudformation?.() ?? []))).flat();

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
  for (const mapping of MAPPINGS) {
    const extraction = mapping(loaded.template, resolver);
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
