// The reporters, and one entry point for the CLI's --format.
import { rules as registry } from '../../rules/index.ts';
import type { LintResult, Rule } from '../engine/types.ts';
import { toGithub } from './github.ts';
import { toGitlab } from './gitlab.ts';
import { collectText, type TextSink } from './json-writer.ts';
import { writeJsonReport } from './json.ts';
import { toJunit } from './junit.ts';
import { writeSarif } from './sarif.ts';
import { toStylish } from './stylish.ts';

export {
  problemCommand,
  annotationCommand,
  annotationLocation,
  escapeData,
  escapeProperty,
  toGithub,
  workflowCommand,
} from './github.ts';
export type { AnnotationCommand, AnnotationProperties, GithubOptions } from './github.ts';
export { JSON_FORMAT_VERSION, toJson, writeJsonReport } from './json.ts';
export { collectText, type TextSink } from './json-writer.ts';
export { chunkedSink, writeReportFile } from './report-file.ts';
export type { JsonFinding, JsonReport } from './json.ts';
export { FINGERPRINT_KEY, SRCROOT, toSarif, toSarifLog, writeSarif } from './sarif.ts';
export type { SarifLog, SarifOptions } from './sarif.ts';
export { toGitlab, toGitlabIssues } from './gitlab.ts';
export type { GitlabIssue } from './gitlab.ts';
export { toJunit } from './junit.ts';
export { toStylish } from './stylish.ts';
export type { StylishOptions } from './stylish.ts';
export { toMarkdownSummary } from './summary.ts';
export type { MarkdownSummaryOptions } from './summary.ts';
export { escapeMarkdown } from './markdown.ts';
export { countProblems, problemsOf, summaryText } from './text.ts';
export type { Problem, ProblemCounts } from './text.ts';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatOptions {
  /** stylish: whether to use ANSI colours (the CLI decides from the TTY, NO_COLOR, FORCE_COLOR, --no-color). */
  color: boolean;
  /** stylish: with srcRoot, file headings are relative to this directory. */
  cwd?: string;
  /** sarif, github: the rules; default, every registered rule. */
  rules?: readonly Rule[];
  /** sarif */
  toolVersion: string;
  /** sarif */
  informationUri: string;
  /** The absolute scan root the result's paths are relative to. sarif: recorded as %SRCROOT%; stylish: see cwd. */
  srcRoot?: string;
  /** stylish: the run fails (its exit status is not 0), so the summary never shows a green check. */
  failed?: boolean;
  /** stylish: warnings and notes `--quiet` left out of the result, counted in the summary. */
  hiddenByQuiet?: number;
}

export function format(result: LintResult, name: FormatName, options: FormatOptions): string {
  return collectText((sink) => writeFormat(result, name, options, sink));
}

/** Writes the report in pieces: JSON and SARIF stream item by item, never holding the whole report or its text. */
export function writeFormat(
  result: LintResult,
  name: FormatName,
  options: FormatOptions,
  sink: TextSink,
): void {
  const rules = options.rules ?? registry;
  switch (name) {
    case 'stylish':
      return sink.write(
        toStylish(result, {
          color: options.color,
          root: options.srcRoot,
          cwd: options.cwd,
          failed: options.failed,
          hiddenByQuiet: options.hiddenByQuiet,
        }),
      );
    case 'json':
      return writeJsonReport(result, sink);
    case 'sarif':
      return writeSarif(
        result,
        {
          rules,
          toolVersion: options.toolVersion,
          informationUri: options.informationUri,
          srcRoot: options.srcRoot,
        },
        sink,
      );
    case 'github':
      return sink.write(toGithub(result, { rules }));
    case 'junit':
      return sink.write(toJunit(result));
    case 'gitlab':
      return sink.write(toGitlab(result));
  }
}
