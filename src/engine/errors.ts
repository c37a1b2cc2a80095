// Exceptions that escape a piece of the engine are bugs in egress-lint: each is contained to the smallest piece
// that failed (an expression, a resource, a file, a unit of the worker pool) and reported as a diagnostic that
// names itself, on the file it concerns, so that it never removes other files' results.
import type { Location } from '../model/types.ts';
import type { Diagnostic } from './types.ts';

/** An exception for users: its message, and the stack only when debugging (DEBUG=egress-lint). */
export function describeError(error: unknown): string {
  const debug = /\begress-lint\b/.test(process.env.DEBUG ?? '');
  if (!(error instanceof Error)) return String(error);
  return (debug ? error.stack : undefined) ?? `${error.name}: ${error.message}`;
}

/** `internal error in FILE: …`, at the place (by default the file's first line) that could not be analysed. */
export function internalError(at: string | Location, error: unknown, consequence: string): Diagnostic {
  const location = typeof at === 'string' ? { file: at, line: 1, column: 1 } : at;
  return {
    level: 'error',
    location,
    message: `internal error in ${location.file}: ${oneLine(describeError(error))} (${consequence})`,
  };
}

/** Messages are single lines; a stack (DEBUG) keeps its frames, separated. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' | ');
}
