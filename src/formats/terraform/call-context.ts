// What a Terraform function call may read beyond its arguments: files under the scanned root, resolved from the
// root module's directory as Terraform resolves them, and templates rendered with only their own variables.
import type { Expr } from '../hcl/ast.ts';
import { parseTemplate } from '../hcl/parser.ts';
import { joinPath, type ConfigFile } from './config.ts';
import type { Scope } from './evaluate.ts';
import { EvalError, UnknownArgument, type CallContext } from './functions/index.ts';
import type { Src, Value } from './values.ts';

/** Where a path given to a file function is, relative to the scan root; unknown when outside it. */
function scannedPath(scope: Scope, path: string): string {
  const files = scope.module.files;
  const resolved = files && !path.startsWith('/') ? joinPath(files.rootDir, path) : undefined;
  if (resolved === undefined)
    throw new UnknownArgument({
      t: 'unknown',
      expr: JSON.stringify(path),
      reason: `${path} is outside the scanned root`,
    });
  return resolved;
}

/**
 * What a function call may read: files under the scanned root, resolved as Terraform does (from the root module).
 * A class, not closures: one small object per call, and most calls never use it.
 */
export class ScopeCallContext implements CallContext {
  constructor(
    private readonly scope: Scope,
    readonly src: Src,
    /** The evaluator, whose errors a template's expressions raise like any other (`try` catches them). */
    private readonly evaluate: (expr: Expr, scope: Scope) => Value,
  ) {}

  readFile(path: string): string {
    const text = this.scope.module.files?.project.read(scannedPath(this.scope, path));
    if (text === undefined) throw new EvalError(`no file exists at ${path}`);
    return text;
  }

  fileExists(path: string): boolean {
    return this.scope.module.files?.project.exists(scannedPath(this.scope, path)) === true;
  }

  filesUnder(dir: string): string[] {
    const base = scannedPath(this.scope, dir);
    const prefix = base === '' ? '' : `${base}/`;
    const paths = this.scope.module.files?.project.paths() ?? [];
    return paths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
  }

  renderTemplate(text: string, names: Map<string, Value>, templateFile?: string): Value {
    const scope = this.scope;
    const parsed = parseTemplate(text, { line: 1, column: 1, offset: 0 });
    const path = templateFile === undefined ? scope.file.path : scannedPath(scope, templateFile);
    if (parsed.errors.length > 0) {
      const e = parsed.errors[0];
      throw new EvalError(`${path}:${e.line},${e.column}: ${e.message}`);
    }
    const file: ConfigFile = { path, text, body: { attributes: [], blocks: [], start: 0, end: 0 } };
    // A templatestring's text is not its file's: its literals are origins, never primary locations.
    const via = templateFile === undefined ? (scope.via ?? 'templatestring') : scope.via;
    const value = this.evaluate(parsed.expr, { module: scope.module, file, names, via, template: true });
    return value.t === 'string' ? { ...value, src: this.src } : value;
  }
}
