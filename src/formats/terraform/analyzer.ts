// The Terraform analyser: .tf, .tf.json and variable files → module tree → firewalls of every provider.
import type { FormatAnalyzer } from '../../engine/formats.ts';
import type { Diagnostic } from '../../engine/types.ts';
import type { Firewall, Unresolved } from '../../model/types.ts';
import { isTerraformFile, isVarFile, loadTerraformProject, resourcesOf } from './project.ts';
import { UnresolvedLog } from './model-values.ts';
import { internalError } from '../../engine/errors.ts';
import { PROVIDERS } from '../../providers/index.ts';
import type { TerraformContext } from '../../providers/mappings.ts';
import { terraformUnits } from './units.ts';

/** Every provider's Terraform mappings, in registry order. */
const MAPPINGS = PROVIDERS.flatMap((provider) => provider.terraform ?? []);

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
  units: terraformUnits,
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
    const mappingDiagnostics: Diagnostic[] = [];
    const context: TerraformContext = { log, diagnostics: mappingDiagnostics, project: options.project };
    const varsDeclared = new Set<string>();
    const internalErrors: Diagnostic[] = [];
    // Addresses are unique within a root module only, so each root is extracted on its own; its evaluated
    // values (up to its evaluation budget, src/formats/terraform/limits.ts) are let go before the next root's.
    for (let root = project.roots.shift(); root; root = project.roots.shift()) {
      for (const name of Object.keys(options.terraformVars))
        if (root.config.variables.has(name)) varsDeclared.add(name);
      const rootFirewalls: Firewall[] = [];
      for (const mapping of MAPPINGS) {
        // Evaluation errors are contained per expression (evaluate.ts); a bug in a mapping costs that
        // provider's firewalls in this root module only, and names itself.
        try {
          rootFirewalls.push(...mapping.firewalls([...resourcesOf(root, mapping.types)], context));
        } catch (error) {
          const what = mapping.what ?? [...mapping.types].join(', ');
          internalErrors.push(
            internalError(
              root.config.files[0]?.path ?? files[0].path,
              error,
              `while extracting ${what} of root module ${root.config.dir || '.'}; those are not analysed`,
            ),
          );
        }
      }
      if (root.config.dir) for (const f of rootFirewalls) f.id = `${root.config.dir}//${f.id}`;
      firewalls.push(...rootFirewalls);
    }
    return {
      firewalls,
      inputsUsed: [...varsDeclared].map((name) => `var:${name}`),
      diagnostics: [
        ...project.diagnostics,
        ...project.evaluation.diagnostics,
        ...internalErrors,
        ...mappingDiagnostics,
      ],
      unresolved: dedupeUnresolved([...project.unresolved, ...log.entries]),
    };
  },
};
