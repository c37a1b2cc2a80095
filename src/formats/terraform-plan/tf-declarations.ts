// Where a plan resource is declared in the scanned .tf files: `resource "type" "name" {` in its module's directory.
// Found by text, not by the HCL parser: a header line is all that is needed, and a broken .tf elsewhere must not
// cost the plan its locations.
import { posix } from 'node:path';
import type { ProjectFiles } from '../../engine/formats.ts';
import type { Location } from '../../model/types.ts';
import { lineIndex } from '../positions.ts';
import type { PlanConfiguration } from './configuration.ts';

const RESOURCE_HEADER = /^[ \t]*(resource)[ \t]+"?([A-Za-z0-9_-]+)"?[ \t]+"?([A-Za-z0-9_-]+)"?[ \t]*\{/gm;

export class TfDeclarations {
  private readonly headersByDir = new Map<string, Map<string, Location>>();
  private modulesJson: Map<string, string> | undefined;

  constructor(
    private readonly project: ProjectFiles,
    private readonly configuration: PlanConfiguration,
    /** The root module's directory: the plan file's. */
    private readonly rootDir: string,
  ) {}

  /** Module key (`edge.sg`) → directory, from `terraform init`'s `.terraform/modules/modules.json`. */
  private downloadedModules(): Map<string, string> {
    if (this.modulesJson) return this.modulesJson;
    this.modulesJson = new Map();
    const text = this.project.read(posix.join(this.rootDir, '.terraform/modules/modules.json'));
    try {
      const parsed: unknown = text ? JSON.parse(text) : undefined;
      const modules = (parsed as { Modules?: unknown } | undefined)?.Modules;
      if (Array.isArray(modules)) {
        for (const m of modules as { Key?: unknown; Dir?: unknown }[]) {
          if (typeof m.Key === 'string' && typeof m.Dir === 'string') this.modulesJson.set(m.Key, m.Dir);
        }
      }
    } catch {
      // An unreadable modules.json only costs the .tf locations of downloaded modules.
    }
    return this.modulesJson;
  }

  /** The directory of the module at a path of call names: local sources relative to the caller, else modules.json. */
  private moduleDir(path: readonly string[]): string | undefined {
    let dir = this.rootDir;
    for (let i = 1; i <= path.length; i++) {
      const source = this.configuration.moduleSource(path.slice(0, i));
      if (source !== undefined && (source.startsWith('./') || source.startsWith('../'))) {
        dir = posix.normalize(posix.join(dir, source));
      } else {
        const downloaded = this.downloadedModules().get(path.slice(0, i).join('.'));
        if (downloaded === undefined) return undefined;
        dir = posix.normalize(posix.join(this.rootDir, downloaded));
      }
      if (dir.startsWith('../')) return undefined;
    }
    return dir.replace(/\/$/, '') || '.';
  }

  private headers(dir: string): Map<string, Location> {
    let headers = this.headersByDir.get(dir);
    if (headers) return headers;
    headers = new Map();
    // listDir, not the discovered paths: downloaded modules under .terraform/ are not walked but may be read.
    const files = (this.project.listDir(dir) ?? []).filter((name) => name.endsWith('.tf'));
    for (const file of files.map((name) => (dir === '.' ? name : `${dir}/${name}`))) {
      const text = this.project.read(file);
      if (!text) continue;
      const index = lineIndex(text);
      for (const m of text.matchAll(RESOURCE_HEADER)) {
        const key = `${m[2]}.${m[3]}`;
        const at = index.position(m.index + m[0].indexOf(m[1]));
        if (!headers.has(key)) headers.set(key, { file, line: at.line, column: at.column });
      }
    }
    this.headersByDir.set(dir, headers);
    return headers;
  }

  /** The `resource "type" "name"` header declaring a resource of the module at `path`, if it is in the scan. */
  find(path: readonly string[], type: string, name: string): Location | undefined {
    const dir = this.moduleDir(path);
    return dir === undefined ? undefined : this.headers(dir).get(`${type}.${name}`);
  }
}
