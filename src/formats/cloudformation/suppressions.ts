// Suppressions declared in a template's resource Metadata, for JSON templates (which have no comments):
//   "Metadata": { "egress-lint": { "ignore": [{ "id": "EGR002", "reason": "...", "exp": "2027-03-31" }] } }
// The engine's suppression step reads these; YAML templates may also use `# egress-lint:ignore` comments.
import type { DataSuppression, DataSuppressionEntry } from '../../engine/formats.ts';
import type { SourceFile } from '../../engine/types.ts';
import { get } from '../tree.ts';
import { locationIn } from '../../providers/shared/values.ts';
import { loadTemplate, scalarString } from './template.ts';

export function cloudformationSuppressions(file: SourceFile): DataSuppression[] {
  if (!file.text.includes('egress-lint')) return []; // spares parsing every template a second time
  const loaded = loadTemplate(file);
  if (loaded.kind !== 'template') return [];
  const out: DataSuppression[] = [];
  for (const resource of loaded.template.resources.values()) {
    const ignore = get(get(resource.metadata, 'egress-lint'), 'ignore');
    if (ignore?.type !== 'array') continue;
    const ids = ignore.items.flatMap((item): DataSuppressionEntry[] => {
      const id = scalarString(get(item, 'id'));
      if (id === undefined) return [];
      const expires = scalarString(get(item, 'exp'));
      const entry: DataSuppressionEntry = {
        id,
        reason: scalarString(get(item, 'reason')) ?? '',
        location: locationIn(file.path, item.loc),
      };
      return [expires === undefined ? entry : { ...entry, expires }];
    });
    if (ids.length > 0) out.push({ logicalId: resource.logicalId, resourceLine: resource.keyLoc.line, ids });
  }
  return out;
}
