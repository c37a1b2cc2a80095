// Suppressions declared in a template's resource Metadata, for JSON templates (which have no comments):
//   "Metadata": { "egress-lint": { "ignore": [{ "id": "EGR002", "reason": "...", "exp": "2027-03-31" }] } }
// The engine's suppression step reads these; YAML templates may also use `# egress-lint:ignore` comments.
import type { SourceFile } from '../../engine/types.ts';
import type { Location } from '../../model/types.ts';
import { get } from '../../parsers/tree.ts';
import { locationIn } from '../shared/values.ts';
import { loadTemplate, scalarString } from './template.ts';

export interface MetadataSuppression {
  /** The resource that declares it; findings whose firewall or declaring resource is this id are covered. */
  logicalId: string;
  /** The line of the resource's key (its header), the same line as a finding's `resource` location. */
  resourceLine: number;
  ids: MetadataIgnore[];
}

/** One `{ id, reason, exp }` entry; `location` is where it is written, for diagnostics about it (unused, expired). */
export interface MetadataIgnore {
  id: string;
  reason: string;
  /** `exp: YYYY-MM-DD`, as in comment directives; left to the engine to validate. */
  expires?: string;
  location: Location;
}

export function cloudformationSuppressions(file: SourceFile): MetadataSuppression[] {
  if (!file.text.includes('egress-lint')) return []; // spares parsing every template a second time
  const loaded = loadTemplate(file);
  if (loaded.kind !== 'template') return [];
  const out: MetadataSuppression[] = [];
  for (const resource of loaded.template.resources.values()) {
    const ignore = get(get(resource.metadata, 'egress-lint'), 'ignore');
    if (ignore?.type !== 'array') continue;
    const ids = ignore.items.flatMap((item): MetadataIgnore[] => {
      const id = scalarString(get(item, 'id'));
      if (id === undefined) return [];
      const expires = scalarString(get(item, 'exp'));
      const entry: MetadataIgnore = {
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
