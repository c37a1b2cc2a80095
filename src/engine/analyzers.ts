// The registry of input formats, in claim order (the first analyser that claims a file gets it).
// CloudFormation (with the YAML parser: a third of the engine's code) is loaded only for scans that hold a file
// it could claim: prepareAnalyzers does that before linting, so a Terraform-only run never loads it.
import type { FormatAnalyzer } from './formats.ts';
import { mayBeTemplate, looksLikeCloudFormation } from '../extractors/cloudformation/detect.ts';
import { terraformAnalyzer } from '../extractors/terraform/index.ts';
import { pulumiAnalyzer } from '../extractors/pulumi/index.ts';
import { hostFormatOf, mayBeHostFile } from '../providers/host/detect.ts';
import { terraformPlanAnalyzer } from '../extractors/plan/index.ts';

let cloudformation: FormatAnalyzer | undefined;
/** Host firewalls (src/providers/host) read cloud-init and Ansible YAML: loaded like CloudFormation, when needed. */
let host: FormatAnalyzer | undefined;

function loadedCloudFormation(): FormatAnalyzer {
  if (!cloudformation)
    throw new Error('CloudFormation support was not loaded (prepareAnalyzers) before linting');
  return cloudformation;
}

/** Loads the analysers that files with these paths may need. Every entry point calls it before linting. */
export async function prepareAnalyzers(paths: readonly string[]): Promise<void> {
  if (!cloudformation && paths.some(mayBeTemplate))
    cloudformation = (await import('../extractors/cloudformation/index.ts')).cloudformationAnalyzer;
  if (!host && paths.some(mayBeHostFile)) host = (await import('../providers/host/index.ts')).hostAnalyzer;
}

export const analyzers: FormatAnalyzer[] = [
  terraformAnalyzer,
  pulumiAnalyzer,
  terraformPlanAnalyzer,
  {
    id: 'cloudformation',
    claims: looksLikeCloudFormation,
    independentFiles: true,
    analyze: (files, options) => loadedCloudFormation().analyze(files, options),
    dataSuppressions: (file) => loadedCloudFormation().dataSuppressions?.(file) ?? [],
  },
  {
    id: 'host',
    claims: (file) => hostFormatOf(file) !== undefined,
    analyze: (files, options) => {
      if (!host) throw new Error('host firewall support was not loaded (prepareAnalyzers) before linting');
      return host.analyze(files, options);
    },
  },
];
