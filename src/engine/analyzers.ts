// The registry of input formats, in claim order (the first analyser that claims a file gets it).
// CloudFormation (with the YAML parser: a third of the engine's code) is loaded only for scans that hold a file
// it could claim: prepareAnalyzers does that before linting, so a Terraform-only run never loads it. Terraform
// user data that is a cloud-config needs it too: prepareForContent loads it when the files read hold one.
import type { FormatAnalyzer, ProjectFiles } from './formats.ts';
import type { SourceFile } from './types.ts';
import { mayBeTemplate, looksLikeCloudFormation } from '../formats/cloudformation/detect.ts';
import { terraformAnalyzer } from '../formats/terraform/analyzer.ts';
import { pulumiAnalyzer } from '../formats/pulumi/index.ts';
import { hostFormatOf, mayBeHostFile } from '../providers/host/detect.ts';
import {
  holdsCloudConfigUserData,
  loadCloudConfigReader,
  loadedCloudConfigReader,
} from '../providers/host/user-data-cloud-config.ts';
import { terraformPlanAnalyzer } from '../formats/terraform-plan/index.ts';

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
    cloudformation = (await import('../formats/cloudformation/index.ts')).cloudformationAnalyzer;
  if (!host && paths.some(mayBeHostFile)) {
    host = (await import('../providers/host/index.ts')).hostAnalyzer;
    await loadCloudConfigReader(); // in the host chunk already
  }
}

/**
 * Loads what the files read for a lint call need beyond what their paths tell: the cloud-config reader (YAML)
 * for Terraform instances whose user data is a cloud-config. Called with each group of files before linting it.
 */
export async function prepareForContent(files: readonly SourceFile[], project: ProjectFiles): Promise<void> {
  if (!loadedCloudConfigReader() && holdsCloudConfigUserData(files, project)) await loadCloudConfigReader();
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
