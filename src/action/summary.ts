// The job summary: the shared Markdown summary, with links to the lines at the commit under review and notes
// on what the Action left out of it.
import { rules } from '../../rules/index.ts';
import type { LintResult } from '../engine/types.ts';
import { escapeMarkdown } from '../reporters/markdown.ts';
import { toMarkdownSummary } from '../reporters/summary.ts';
import { plural, problemsOf } from '../reporters/text.ts';
import { relativeUri } from '../reporters/uri.ts';
import type { RunContext } from './context.ts';

export interface JobSummaryOptions {
  runContext: RunContext;
  sarifFile: string;
  /** With only-changed: the problems not listed because they are not on changed lines. */
  elsewhere?: LintResult;
  /** Why the changed lines are unknown, when they are. */
  unknownChanges?: string;
}

/** `https://github.com/o/r/blob/<sha>/dir/a%20b.tf#L12`, or undefined outside a repository. */
function blobLinks(runContext: RunContext): ((file: string, line: number) => string) | undefined {
  const { repositoryUrl, linkSha } = runContext;
  if (!repositoryUrl || !linkSha) return undefined;
  return (file, line) => `${repositoryUrl}/blob/${linkSha}/${relativeUri(file)}#L${line}`;
}

export function jobSummary(reported: LintResult, options: JobSummaryOptions): string {
  const notes: string[] = [];
  if (options.elsewhere) {
    const count = problemsOf(options.elsewhere).length;
    const pr = options.runContext.pullRequest?.number;
    notes.push(
      escapeMarkdown(
        `Only problems on lines changed by pull request #${pr} are listed (only-changed); ${plural(count, 'more problem')} elsewhere ${count === 1 ? 'is' : 'are'} in ${options.sarifFile}.`,
      ),
    );
  }
  if (options.unknownChanges) notes.push(escapeMarkdown(options.unknownChanges));
  return toMarkdownSummary(reported, { rules, linkBase: blobLinks(options.runContext), notes });
}
