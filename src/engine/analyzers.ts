// The registry of input formats, in claim order (the first analyser that claims a file gets it).
import type { FormatAnalyzer } from './formats.ts';
import { terraformAnalyzer } from '../extractors/terraform/index.ts';
import { pulumiAnalyzer } from '../extractors/pulumi/index.ts';
import { terraformPlanAnalyzer } from '../extractors/plan/index.ts';
import { cloudformationAnalyzer } from '../extractors/cloudformation/index.ts';

export const analyzers: FormatAnalyzer[] = [
  terraformAnalyzer,
  pulumiAnalyzer,
  terraformPlanAnalyzer,
  cloudformationAnalyzer,
];
