// cloud-config user data in Terraform needs the YAML parser (with the cloud-init reader), a third of the engine's
// code that Terraform-only scans never load. As CloudFormation is (src/engine/analyzers.ts), it is loaded before
// linting, and only for scans whose Terraform files hold cloud-config user data: a heredoc or string starting
// `#cloud-config`, or a `file()`/`templatefile()` of a repository file that starts so. Cheap text tests only here.
import type { ProjectFiles } from '../../engine/formats.ts';
import type { SourceFile } from '../../engine/types.ts';
import { looksLikeCloudConfig } from '../../formats/cloud-init/detect.ts';
import { dirOf, joinPath } from '../../formats/terraform/config.ts';
import type { applyCloudConfig } from './cloud-config.ts';

let reader: typeof applyCloudConfig | undefined;

/** The cloud-config reader when it is loaded; undefined in scans that hold no cloud-config user data. */
export function loadedCloudConfigReader(): typeof applyCloudConfig | undefined {
  return reader;
}

export async function loadCloudConfigReader(): Promise<void> {
  reader ??= (await import('./cloud-config.ts')).applyCloudConfig;
}

/** `file("…")` and `templatefile("${path.module}/…", …)` with a literal path: the repository files Terraform reads. */
export const TEMPLATE_CALL = /\b(?:templatefile|file)\(\s*"(?:\$\{path\.(?:module|root)\}\/)?([^"$]+)"/g;

/** The repository files that a Terraform file's `file()`/`templatefile()` calls read, relative to the scan root. */
export function filesReadBy(tfPath: string, text: string): string[] {
  // Both calls end in `file(`: most files have neither, and a substring search is far cheaper than the pattern.
  if (!text.includes('file(')) return [];
  const dir = dirOf(tfPath);
  const out: string[] = [];
  for (const m of text.matchAll(TEMPLATE_CALL)) {
    const target = joinPath(dir, m[1]);
    if (target !== undefined) out.push(target);
  }
  return out;
}

/** Whether any Terraform file of a scan may hand cloud-config to an instance (over-approximated, never missed). */
export function holdsCloudConfigUserData(files: readonly SourceFile[], project: ProjectFiles): boolean {
  return files.some(
    (file) =>
      /\.tf$/.test(file.path) &&
      (file.text.includes('#cloud-config') ||
        filesReadBy(file.path, file.text).some((path) => looksLikeCloudConfig(project.read(path) ?? ''))),
  );
}
