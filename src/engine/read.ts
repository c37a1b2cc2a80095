// Reading a found file: its bytes (the file-system work: open, size, read), then its text (UTF-8 decoding). The two
// steps are apart so that a large scan reads each file once, where it plans, and decodes it where it is analysed.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs';
import type { FileRef } from './discover.ts';
import type { Diagnostic, SourceFile } from './types.ts';
import { lineIndex } from '../formats/positions.ts';

const BINARY_SNIFF_BYTES = 8192;
const utf8 = new TextDecoder('utf-8', { fatal: true }); // strips a leading BOM

/** Why a file cannot be analysed, and where. */
export interface ReadFailure {
  ok: false;
  message: string;
  line: number;
  column: number;
}

export type ReadOutcome = { ok: true; text: string } | ReadFailure;
/** A file's bytes, checked to decode as UTF-8 text (decodeSource then cannot fail), or why it cannot be analysed. */
export type BytesOutcome = { ok: true; bytes: Uint8Array } | ReadFailure;

const SIZE_HINT =
  ' (raise it with maxFileSize in .egress-lint.yml or --max-file-size, or add the file to ignore)';

function failure(message: string, line = 1, column = 1): ReadFailure {
  return { ok: false, message, line, column };
}

/**
 * Reads a file's bytes and checks they are UTF-8 text, or says why it cannot be analysed (size, binary, encoding,
 * permissions). `sizeHint`: how to raise the size limit, when the user can. Each file has its own buffer, so it
 * can be transferred to another thread.
 */
export function readSourceBytes(absPath: string, maxFileSize: number, sizeHint = SIZE_HINT): BytesOutcome {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // Non-blocking, so a FIFO named like a template cannot hang the run; it is refused just below.
    fd = openSync(absPath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return failure('not a regular file (a FIFO, socket or device); not analysed');
    if (stat.size > maxFileSize) return failure(tooLarge(stat.size, maxFileSize, sizeHint));
    bytes = readAll(fd, stat.size);
  } catch (error) {
    return failure(`cannot read the file: ${describeFsError(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (bytes.length > maxFileSize) return failure(tooLarge(bytes.length, maxFileSize, sizeHint));
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return failure('file is UTF-16 encoded; egress-lint reads UTF-8 only (re-save it as UTF-8)');
  }
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1) return failure(`binary file (NUL byte at offset ${nul}); not analysed`);
  if (!isUtf8(bytes))
    return failure('file is not valid UTF-8; not analysed (re-save it as UTF-8)', ...firstInvalidUtf8(bytes));
  return { ok: true, bytes };
}

/**
 * The file's bytes up to its end, in a buffer of its own (readFileSync's small ones are slices of a shared pool,
 * which cannot be transferred); a file that grew since fstat is read to its new end, as readFileSync does.
 */
function readAll(fd: number, size: number): Buffer {
  let bytes = Buffer.allocUnsafeSlow(size);
  let length = 0;
  for (;;) {
    if (length === bytes.length) {
      // Full: at its end, unless it grew (one more read says which).
      const more = readSync(fd, probe, 0, probe.length, null);
      if (more === 0) return bytes;
      const grown = Buffer.allocUnsafeSlow(Math.max(bytes.length * 2, length + more));
      bytes.copy(grown);
      probe.copy(grown, length, 0, more);
      bytes = grown;
      length += more;
      continue;
    }
    const n = readSync(fd, bytes, length, bytes.length - length, null);
    if (n === 0) return bytes.subarray(0, length);
    length += n;
  }
}
const probe = Buffer.alloc(8192);

/** The text of bytes readSourceBytes accepted. */
export function decodeSource(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** Reads a file as UTF-8 text, or says why it cannot be analysed (see readSourceBytes). */
export function readSourceText(absPath: string, maxFileSize: number, sizeHint = SIZE_HINT): ReadOutcome {
  const read = readSourceBytes(absPath, maxFileSize, sizeHint);
  return read.ok ? { ok: true, text: decodeSource(read.bytes) } : read;
}

/** Reads found files; each one that cannot be analysed is a diagnostic, after `diagnostics`. */
export function readFiles(
  refs: readonly FileRef[],
  maxFileSize: number,
  diagnostics: readonly Diagnostic[] = [],
): { files: SourceFile[]; diagnostics: Diagnostic[] } {
  const out = { files: [] as SourceFile[], diagnostics: [...diagnostics] };
  for (const ref of refs) {
    const read = readFound(ref, maxFileSize);
    if ('text' in read) out.files.push(read);
    else out.diagnostics.push(read);
  }
  return out;
}

/** Reads a found file: the SourceFile, or the diagnostic saying why it cannot be analysed. */
export function readFound(ref: FileRef, maxFileSize: number): SourceFile | Diagnostic {
  return foundFile(ref, readSourceBytes(ref.absPath, maxFileSize));
}

/** A found file from its bytes as readSourceBytes returned them: the SourceFile, or its diagnostic. */
export function foundFile(ref: FileRef, read: BytesOutcome): SourceFile | Diagnostic {
  if (read.ok) return { path: ref.path, absPath: ref.absPath, text: decodeSource(read.bytes) };
  return readDiagnostic(ref.path, read);
}

export function readDiagnostic(path: string, read: ReadFailure): Diagnostic {
  return {
    level: 'error',
    message: read.message,
    location: { file: path, line: read.line, column: read.column },
  };
}

function tooLarge(size: number, limit: number, hint: string): string {
  return `file is ${size.toLocaleString('en-US')} bytes, over the ${limit.toLocaleString('en-US')}-byte limit; not analysed${hint}`;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
  if (code === 'ENOENT') return `no such file or directory (${code})`;
  return code ? `${code}: ${(error as Error).message}` : String(error);
}

/** Line and column of the first invalid byte, found via the replacement character of a lenient decode. */
function firstInvalidUtf8(bytes: Uint8Array): [number, number] {
  const text = new TextDecoder('utf-8').decode(bytes);
  const { line, column } = lineIndex(text).position(text.indexOf('\uFFFD'));
  return [line, column];
}
