// The Pulumi analyser: `pulumi stack export` files (any name) → AWS, Azure and GCP firewalls.
import type { FormatAnalyzer } from '../../engine/formats.ts';
import { analyzeJsonFiles } from '../json/document.ts';
import { PROVIDERS } from '../../providers/index.ts';
import { resourceView } from './resource-view.ts';
import { programLocation, pulumiProjectDir } from './source-positions.ts';
import { looksLikePulumiState, parseUrn, stateResources } from './state.ts';

/** Every provider's Pulumi mappings, in registry order. */
const MAPPINGS = PROVIDERS.flatMap((provider) => provider.pulumi ?? []);
const FIREWALL_TYPES = new Set(MAPPINGS.flatMap((mapping) => [...mapping.types]));

export const pulumiAnalyzer: FormatAnalyzer = {
  id: 'pulumi',
  claims: (file) => looksLikePulumiState(file.text),
  independentFiles: true,
  analyze: (files, options) =>
    analyzeJsonFiles('pulumi', files, (file, root, result) => {
      const state = stateResources(root);
      if ('notState' in state) {
        result.diagnostics.push({
          level: 'error',
          location: { file: file.path, line: 1, column: 1 },
          message: `looks like a Pulumi state export but is not one: ${state.notState}`,
        });
        return;
      }
      const resources = state.resources.filter((r) => FIREWALL_TYPES.has(r.type));
      if (resources.length === 0) return;
      const projectDir = pulumiProjectDir(options.project, file.path, parseUrn(resources[0].urn)?.project);
      const views = resources.map((r) =>
        resourceView(r, file.path, programLocation(options.project, projectDir, r.sourcePosition)),
      );
      for (const mapping of MAPPINGS) result.firewalls.push(...mapping.firewalls(views, result.unresolved));
    }),
};
