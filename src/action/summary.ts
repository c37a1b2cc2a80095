// The job summary: the shared Markdown summary, with links to the lines at the commit under review and notes
// on what the Action left out of it.
import { rules } from '../../rules/index.ts';
import type { Finding, LintResult } from '../engine/types.ts';
import type { Destination } from '../model/types.ts';
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
  /** Rule documentation links. */
  ruleDocs?: (ruleId: string) => string;
  /** On a pull request: whether it caused a finding, and the firewalls it changed (marked in the map). */
  ownFinding?: (finding: Finding) => boolean;
  changedFirewalls?: ReadonlySet<string>;
  /** The relays of the config that applies to a file (the map draws relays apart). */
  isRelay?: (destination: Destination, file: string) => boolean;
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
  return toMarkdownSummary(reported, {
    rules,
    linkBase: blobLinks(options.runContext),
    notes,
    ruleDocs: options.ruleDocs,
    ownFinding: options.ownFinding,
    changedFirewalls: options.changedFirewalls,
    isRelay: options.isRelay,
  });
}

/** The summary of a run that stopped before linting (an input, the configuration, a path): what went wrong. */
export function failureSummary(message: string, runContext: RunContext): string {
  const where = runContext.runUrl ? ` See the [step log](${runContext.runUrl}).` : '';
  return `## egress-lint\n\n**✖ Nothing was linted.** ${escapeMarkdown(message)}${where}\n`;
}
