// `sourcePosition: project:///path#line,col` → the program line, when that file is part of the scanned project.
// Paths are relative to the Pulumi project directory, the one holding Pulumi.yaml.
import { posix } from 'node:path';
import type { ProjectFiles } from '../../engine/formats.ts';
import type { Location } from '../../model/types.ts';

const SOURCE_POSITION = /^project:\/\/\/(.+?)#(\d+)(?:,(\d+))?$/;
const PROJECT_FILE = /(^|\/)Pulumi\.ya?ml$/;

function projectName(text: string | undefined): string | undefined {
  return text ? /^name:\s*["']?([^"'\s#]+)/m.exec(text)?.[1] : undefined;
}

/**
 * The directory of the Pulumi project a state belongs to: among the Pulumi.yaml files of the scan (those
 * naming the state's project, when any does), the nearest one above the state file, else the only one.
 */
export function pulumiProjectDir(
  project: ProjectFiles,
  statePath: string,
  projectNameInUrn: string | undefined,
): string | undefined {
  const all = project.paths().filter((p) => PROJECT_FILE.test(p));
  const named =
    projectNameInUrn === undefined
      ? []
      : all.filter((p) => projectName(project.read(p)) === projectNameInUrn);
  const candidates = named.length > 0 ? named : all;
  const dirOf = (p: string) => posix.dirname(p);
  const ancestors = candidates
    .map(dirOf)
    .filter((dir) => dir === '.' || statePath.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
  if (ancestors.length > 0) return ancestors[0];
  return candidates.length === 1 ? dirOf(candidates[0]) : undefined;
}

function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path; // not percent-encoded after all
  }
}

/** The program location a sourcePosition names, if that file exists inside the scanned project. */
export function programLocation(
  project: ProjectFiles,
  projectDir: string | undefined,
  sourcePosition: string | undefined,
): Location | undefined {
  if (projectDir === undefined || !sourcePosition) return undefined;
  const m = SOURCE_POSITION.exec(sourcePosition);
  if (!m) return undefined;
  const file = posix.normalize(posix.join(projectDir, decodePath(m[1])));
  if (file.startsWith('../') || file === '..' || posix.isAbsolute(file) || !project.exists(file))
    return undefined;
  return { file, line: Number(m[2]), column: m[3] === undefined ? 1 : Number(m[3]) };
}
