// GitHub Actions workflow commands (`::error file=…,line=…::message`), escaped as GitHub's toolkit does,
// so no message or file name can end a command early or start a new one.
import { rules as registry } from '../../rules/index.ts';
import type { Level, LintResult, Rule } from '../engine/types.ts';
import type { Location } from '../model/types.ts';
import { problemsOf, type Problem } from './text.ts';

export type AnnotationCommand = 'error' | 'warning' | 'notice';

/** Escapes a command's data (the message): `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as data, plus `:` and `,` which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Annotation properties in the order GitHub documents them; undefined ones are left out. */
export interface AnnotationProperties {
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
}

/** One workflow command line, e.g. `::warning file=main.tf,line=3,title=EGR002 open-egress::…`. */
export function workflowCommand(
  command: AnnotationCommand,
  properties: AnnotationProperties,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function annotationCommand(level: Level): AnnotationCommand {
  return level === 'note' ? 'notice' : level;
}

/** Where an annotation points: the file, its start and (when known) its end. */
export function annotationLocation(l: Location): AnnotationProperties {
  return { file: l.file, line: l.line, col: l.column, endLine: l.endLine, endColumn: l.endColumn };
}

export interface GithubOptions {
  /** For annotation titles (`EGR002 open-egress`); defaults to the registered rules. */
  rules?: readonly Rule[];
}

/** The annotation for one problem: a file failure points at its file and line only; the rest carry a title. */
export function problemCommand(problem: Problem, names: ReadonlyMap<string, string>): string {
  const { location, level, message, source } = problem;
  if (source === undefined) {
    return workflowCommand(annotationCommand(level), { file: location.file, line: location.line }, message);
  }
  const name = names.get(source);
  const title = name ? `${source} ${name}` : source;
  return workflowCommand(annotationCommand(level), { ...annotationLocation(location), title }, message);
}

/** Files that could not be analysed (nothing in them was checked) first, then the rest in the order given. */
export function failuresFirst(problems: readonly Problem[]): Problem[] {
  return [
    ...problems.filter((p) => p.source === undefined),
    ...problems.filter((p) => p.source !== undefined),
  ];
}

/** Files that could not be analysed first, then unsuppressed findings and suppression problems, one per line. */
export function toGithub(result: LintResult, options: GithubOptions = {}): string {
  const names = new Map((options.rules ?? registry).map((r) => [r.meta.id, r.meta.name]));
  return failuresFirst(problemsOf(result))
    .map((p) => `${problemCommand(p, names)}\n`)
    .join('');
}
