// Filesystem functions. They read only files inside the scanned root (the CallContext resolves and guards every
// path); abspath and pathexpand("~…") depend on the machine Terraform runs on and stay unknown.
import { Glob } from '../../../config/glob.ts';
import { unknown } from '../values.ts';
import { bool, def, list, needObject, needString, str, type CallContext, type FunctionDef } from './args.ts';
import { digest } from './hash.ts';

/** Go's filepath.Dir / Base on '/'-separated paths. */
function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (path !== '' && trimmed === '') return '/';
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  return trimmed.slice(0, i).replace(/\/+$/, '') || '/';
}

function basename(path: string): string {
  if (path === '') return '.';
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

function fileBytes(ctx: CallContext, path: string): Buffer {
  return Buffer.from(ctx.readFile(path), 'utf8');
}

const fileHash = (algorithm: string, encoding: 'hex' | 'base64', fn: string): FunctionDef =>
  def(1, 1, ([p], ctx) => str(digest(algorithm, fileBytes(ctx, needString(p, fn)), encoding)), {
    contextual: true,
  });

export const FILE_FUNCTIONS: Record<string, FunctionDef> = {
  abspath: def(1, 1, ([p]) => {
    needString(p, 'abspath');
    return unknown('abspath(...)', 'an absolute path depends on where Terraform runs');
  }),
  basename: def(1, 1, ([p]) => str(basename(needString(p, 'basename')))),
  dirname: def(1, 1, ([p]) => str(dirname(needString(p, 'dirname')))),
  pathexpand: def(1, 1, ([p]) => {
    const path = needString(p, 'pathexpand');
    return path.startsWith('~')
      ? unknown(`pathexpand(${JSON.stringify(path)})`, 'the home directory is not known')
      : str(path);
  }),
  file: def(1, 1, ([p], ctx) => str(ctx.readFile(needString(p, 'file')), ctx.src), { contextual: true }),
  filebase64: def(1, 1, ([p], ctx) => str(fileBytes(ctx, needString(p, 'filebase64')).toString('base64')), {
    contextual: true,
  }),
  filebase64sha256: fileHash('sha256', 'base64', 'filebase64sha256'),
  filebase64sha512: fileHash('sha512', 'base64', 'filebase64sha512'),
  fileexists: def(1, 1, ([p], ctx) => bool(ctx.fileExists(needString(p, 'fileexists'))), {
    contextual: true,
  }),
  filemd5: fileHash('md5', 'hex', 'filemd5'),
  filesha1: fileHash('sha1', 'hex', 'filesha1'),
  filesha256: fileHash('sha256', 'hex', 'filesha256'),
  filesha512: fileHash('sha512', 'hex', 'filesha512'),
  fileset: def(
    2,
    2,
    ([p, pattern], ctx) => {
      // The linear-time matcher: the pattern comes from the repository under review (no backtracking blow-up).
      const glob = new Glob(needString(pattern, 'fileset'));
      return list(
        ctx
          .filesUnder(needString(p, 'fileset'))
          .filter((f) => glob.test(f))
          .sort()
          .map((f) => str(f)),
      );
    },
    { contextual: true },
  ),
  templatefile: def(
    2,
    2,
    ([p, vars], ctx) => {
      const path = needString(p, 'templatefile');
      return ctx.renderTemplate(ctx.readFile(path), needObject(vars, 'templatefile'), path);
    },
    { contextual: true },
  ),
};
