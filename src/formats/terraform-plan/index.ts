// The Terraform plan analyser: `terraform show -json` output (any name) → firewalls from the planned values.
import { posix } from 'node:path';
import type { FormatAnalyzer } from '../../engine/formats.ts';
import { analyzeJsonFiles } from '../json/document.ts';
import { PlanConfiguration } from './configuration.ts';
import { looksLikePlan, planResources } from './document.ts';
import { planView } from './resource-view.ts';
import { TfDeclarations } from './tf-declarations.ts';
import { PROVIDERS } from '../../providers/index.ts';

/** Every provider's plan mappings, in registry order. */
const MAPPINGS = PROVIDERS.flatMap((provider) => provider.plan ?? []);
const FIREWALL_TYPES = new Set(MAPPINGS.flatMap((mapping) => [...mapping.types]));

export const terraformPlanAnalyzer: FormatAnalyzer = {
  id: 'terraform-plan',
  claims: (file) => looksLikePlan(file.text),
  independentFiles: true,
  analyze: (files, options) =>
    analyzeJsonFiles('terraform-plan', files, (file, root, result) => {
      const resources = planResources(root).filter((r) => FIREWALL_TYPES.has(r.parsed.type));
      if (resources.length === 0) return;
      const configuration = new PlanConfiguration(root);
      // The plan is written in the root module's directory, where its .tf files are.
      const declarations = new TfDeclarations(options.project, configuration, posix.dirname(file.path));
      const views = resources.map((r) => {
        const declaration = declarations.find(
          r.parsed.modules.map((m) => m.name),
          r.parsed.type,
          r.parsed.name,
        );
        return planView(r, file.path, declaration, configuration);
      });
      for (const mapping of MAPPINGS) result.firewalls.push(...mapping.firewalls(views, result.unresolved));
    }),
};
