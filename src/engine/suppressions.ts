// Suppressions make an accepted exception explicit, reviewable and temporary. Three sources, in this order:
// - inline directives `# egress-lint:ignore EGR002 exp:2027-03-31 -- reason` (also `//`, `/* */`), covering the
//   line they annotate (trailing, or the code line below a run of comment lines) and, when that line opens a
//   block (an HCL `egress {`, a YAML key or list item with more-indented lines below), everything inside it, as
//   trivy's ignore comments do; when that line is a resource header, the whole resource; or, written on the
//   lines just inside a resource header, the whole resource;
// - suppressions in a file's data, which its analyser reads (FormatAnalyzer.dataSuppressions): CloudFormation
//   resource `Metadata: { egress-lint: { ignore: [{ id, reason, exp }] } }`, covering that resource and, on a
//   security group, every finding about the group;
// - config `ignoreResources` (firewall id globs with a reason), for Pulumi state and anything without comments.
// A suppressed finding stays in the result with `suppression` set, so reports can audit it.
//
// Problems with directives become Diagnostics with a `code` (see Diagnostic): unused and expired ones are
// warnings and a missing reason under `requireReason` or a malformed directive are errors. A directive with any
// problem other than being unused does not suppress, so the finding it aimed at is reported as well.
import { Glob } from '../config/glob.ts';
import { rules as allRules } from '../../rules/index.ts';
import type { Config } from '../config/types.ts';
import type { Location } from '../model/types.ts';
import type { DataSuppression, ProjectFiles } from './formats.ts';
import type { Diagnostic, Finding, SourceFile } from './types.ts';

/** One suppression as written: a comment directive or a CloudFormation Metadata entry. */
export interface SuppressionDirective {
  ruleIds: string[];
  /** Empty when none was given. */
  reason: string;
  /** Last day it applies (YYYY-MM-DD, inclusive, UTC). */
  expires?: string;
  /** Where it is written; diagnostics about it point here. */
  location: Location;
  /** A finding on this line, or whose resource header is on it, is covered. */
  line?: number;
  /** When `line` opens a block: its last line. A finding on `line` through `endLine` is covered. */
  endLine?: number;
  /** A finding whose resource header is on this line is covered (anywhere in that resource). */
  resourceLine?: number;
  /** A finding about this firewall (declared in the same file) is covered: Metadata on a security group. */
  firewallId?: string;
}

export interface ParsedDirectives {
  directives: SuppressionDirective[];
  /** Malformed directives (`invalid-suppression`); they are not in `directives`. */
  problems: Diagnostic[];
}

const MARKER = 'egress-lint:ignore';
/** The marker must start a comment: after `#`, `//` or `/*`, at the start of the line or after whitespace. */
const DIRECTIVE = /(^|\s)(#|\/\/|\/\*)\s*egress-lint:ignore(?![\w:-])(.*)$/;
const COMMENT_ONLY = /^\s*(#|\/\/|\/\*|\*)/;
/** Formats whose syntax has no comments; their suppressions live in data (Metadata) or config. */
const COMMENTLESS = /\.json$/i;
/** YAML, where indentation (not brackets) makes blocks. */
const INDENTED = /\.(ya?ml|template)$/i;

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The code of a line without its trailing comment (`#` or `//` outside quotes). */
function codeOf(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' || (c === '/' && line[i + 1] === '/')) return line.slice(0, i);
  }
  return line;
}

/** Brackets opened minus closed on a line, outside quotes and comments. */
function bracketDepth(line: string): number {
  let depth = 0;
  let quote: string | undefined;
  const code = codeOf(line);
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"') quote = c;
    else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') depth--;
  }
  return depth;
}

const HEREDOC = /<<-?\s*"?(\w+)"?\s*$/;

/**
 * The last line (1-based) of the block the line at `index` opens, or undefined when it opens none. HCL: a header
 * whose brackets stay open, to the line that closes them (heredoc bodies skipped). YAML: the lines below that are
 * indented more (a mapping key's value, a list item's other keys).
 */
function blockEnd(lines: readonly string[], index: number, indented: boolean): number | undefined {
  if (indented) {
    const own = indentOf(lines[index]);
    let last: number | undefined;
    for (let k = index + 1; k < lines.length; k++) {
      if (lines[k].trim() === '' || COMMENT_ONLY.test(lines[k])) continue;
      if (indentOf(lines[k]) <= own) break;
      last = k + 1;
    }
    return last;
  }
  let depth = bracketDepth(lines[index]);
  if (depth <= 0) return undefined;
  for (let k = index + 1; k < lines.length; k++) {
    const heredoc = HEREDOC.exec(codeOf(lines[k]));
    depth += bracketDepth(lines[k]);
    if (heredoc) while (k + 1 < lines.length && lines[k + 1].trim() !== heredoc[1]) k++;
    if (depth <= 0) return k + 1;
  }
  return undefined;
}

const KNOWN_RULE_IDS: readonly string[] = allRules.map((r) => r.meta.id);

function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

function unknownRule(id: string): string | undefined {
  return KNOWN_RULE_IDS.includes(id.toUpperCase())
    ? undefined
    : `unknown rule ${id} (known rules: ${KNOWN_RULE_IDS.join(', ')})`;
}

function invalidExpiry(date: string): string | undefined {
  return isCalendarDate(date) ? undefined : `invalid expiry date "${date}": write YYYY-MM-DD`;
}

/** The rule ids and expiry in a directive's text, or why it is malformed. */
export function parseDirectiveSpec(
  spec: string,
): { ruleIds: string[]; expires?: string } | { error: string } {
  const ruleIds: string[] = [];
  let expires: string | undefined;
  for (const token of spec.split(/[\s,]+/).filter(Boolean)) {
    if (token.startsWith('exp:')) {
      expires = token.slice(4);
      const error = invalidExpiry(expires);
      if (error) return { error };
    } else if (/^[A-Za-z]+\d+$/.test(token)) {
      const error = unknownRule(token);
      if (error) return { error };
      ruleIds.push(token.toUpperCase());
    } else {
      return { error: `unexpected "${token}": write the reason after --` };
    }
  }
  if (ruleIds.length === 0) return { error: `no rule id: write ${MARKER} EGR002 -- reason` };
  return { ruleIds, expires };
}

function invalidDirective(location: Location, error: string): Diagnostic {
  return {
    level: 'error',
    code: 'invalid-suppression',
    location,
    message: `invalid ${MARKER}: ${error}; it suppresses nothing`,
  };
}

/** Comment directives in a file. JSON files have no comments and yield none. */
export function parseDirectives(file: string, text: string): ParsedDirectives {
  const parsed: ParsedDirectives = { directives: [], problems: [] };
  if (COMMENTLESS.test(file) || !text.includes(MARKER)) return parsed;
  const lines = text.split(/\r?\n/);
  const commentOnly = lines.map((l) => COMMENT_ONLY.test(l));
  lines.forEach((text, i) => {
    const m = DIRECTIVE.exec(text);
    if (!m) return;
    const location: Location = { file, line: i + 1, column: m.index + m[1].length + 1 };
    const body = m[3].replace(/\*\/\s*$/, '');
    const dash = body.indexOf('--');
    const spec = parseDirectiveSpec(dash >= 0 ? body.slice(0, dash) : body);
    if ('error' in spec) {
      parsed.problems.push(invalidDirective(location, spec.error));
      return;
    }
    const directive: SuppressionDirective = {
      ...spec,
      reason: dash >= 0 ? body.slice(dash + 2).trim() : '',
      location,
    };
    if (!commentOnly[i]) {
      directive.line = i + 1;
    } else {
      // A run of comment lines annotates the code line after it, and, right below a header, the whole resource.
      let next = i + 1;
      while (next < lines.length && commentOnly[next]) next++;
      if (next < lines.length) directive.line = next + 1;
      let previous = i - 1;
      while (previous >= 0 && commentOnly[previous]) previous--;
      if (previous >= 0 && lines[previous].trim() !== '') directive.resourceLine = previous + 1;
    }
    if (directive.line !== undefined) {
      const end = blockEnd(lines, directive.line - 1, INDENTED.test(file));
      if (end !== undefined) directive.endLine = end;
    }
    parsed.directives.push(directive);
  });
  return parsed;
}

/**
 * Suppressions written in a file's data (CloudFormation resource Metadata), each covering the resource that
 * declares it and, on a security group, every finding about that group (including its standalone egress
 * resources).
 */
function dataDirectives(suppressions: readonly DataSuppression[]): ParsedDirectives {
  const parsed: ParsedDirectives = { directives: [], problems: [] };
  for (const resource of suppressions) {
    for (const entry of resource.ids) {
      const error =
        unknownRule(entry.id) ?? (entry.expires === undefined ? undefined : invalidExpiry(entry.expires));
      if (error) {
        parsed.problems.push(invalidDirective(entry.location, error));
        continue;
      }
      parsed.directives.push({
        ruleIds: [entry.id.toUpperCase()],
        reason: entry.reason.trim(),
        expires: entry.expires,
        location: entry.location,
        resourceLine: resource.resourceLine,
        firewallId: resource.logicalId,
      });
    }
  }
  return parsed;
}

/** Whether a directive covers a finding: its line or block, the header of the resource that declared it, or its firewall. */
function covers(d: SuppressionDirective, f: Finding): boolean {
  const onLine = (l: Location, line: number | undefined) =>
    line !== undefined && l.file === d.location.file && l.line === line;
  const inBlock = (l: Location) =>
    d.line !== undefined && l.file === d.location.file && l.line >= d.line && l.line <= (d.endLine ?? d.line);
  const aboutFirewall =
    d.firewallId !== undefined && f.firewallId === d.firewallId && f.resource.file === d.location.file;
  return (
    inBlock(f.location) || onLine(f.resource, d.line) || onLine(f.resource, d.resourceLine) || aboutFirewall
  );
}

/**
 * An `ignoreResources` pattern: `*` matches any run of characters (including `/` and `:`, which URNs and addresses
 * contain), `?` one; matched in linear time (the scanned repository writes these patterns).
 */
export function compileResourcePattern(glob: string): Glob {
  return new Glob(glob, { segments: false, wildcardsOnly: true });
}

/**
 * The ids an `ignoreResources` pattern is tried against: the firewall id, and for a Terraform root module below
 * the scan root (`envs/prod//aws_security_group.web`) also the address alone, so a pattern works in every root.
 */
function resourceIdForms(firewallId: string): string[] {
  const root = firewallId.indexOf('//');
  return root > 0 ? [firewallId, firewallId.slice(root + 2)] : [firewallId];
}

export interface SuppressionContext {
  /** The analysed files: every directive in them is checked (unused ones are reported). */
  files: readonly SourceFile[];
  /** Reads files that findings point to outside `files` (module sources). */
  project?: ProjectFiles;
  /** The configuration that applies to a file (requireReason, ignoreResources). */
  configFor: (file: string) => Config;
  /** Rules that ran: a directive for a rule that did not run is not called unused. */
  ruleIds: ReadonlySet<string>;
  /** Suppressions in an analysed file's data, from the analyser that read it. */
  dataSuppressions?: (file: SourceFile) => DataSuppression[];
  /** Today (UTC) for expiry; a parameter so tests do not depend on the clock. */
  today?: string;
}

/** A directive allowed to suppress; `used` collects the rule ids it suppressed, when it is judged for use. */
interface ActiveDirective {
  directive: SuppressionDirective;
  used?: Set<string>;
}

/**
 * Marks covered findings as suppressed (inline and Metadata directives first, then `ignoreResources`) and
 * returns the diagnostics about directives: malformed, expired, without a required reason, unused.
 */
export function applySuppressions(findings: readonly Finding[], context: SuppressionContext): Diagnostic[] {
  const { configFor, ruleIds } = context;
  const today = context.today ?? new Date().toISOString().slice(0, 10);
  const diagnostics: Diagnostic[] = [];
  const byFile = new Map<string, ActiveDirective[]>();

  /** Judged directives have their problems reported and are checked for use. */
  const admit = (parsed: ParsedDirectives, judged: boolean) => {
    if (judged) diagnostics.push(...parsed.problems);
    for (const directive of parsed.directives) {
      const problem = directiveProblem(directive, configFor(directive.location.file), today);
      if (problem) {
        if (judged) diagnostics.push(problem);
        continue;
      }
      const list = byFile.get(directive.location.file) ?? [];
      list.push({ directive, used: judged ? new Set() : undefined });
      byFile.set(directive.location.file, list);
    }
  };
  for (const file of context.files) {
    admit(parseDirectives(file.path, file.text), true);
    if (context.dataSuppressions) admit(dataDirectives(context.dataSuppressions(file)), true);
  }
  // Findings can point into files outside the analysed set (module sources): their directives apply too, but
  // are not judged, since only part of what they annotate was analysed.
  const analysed = new Set(context.files.map((f) => f.path));
  for (const path of new Set(findings.flatMap((f) => [f.location.file, f.resource.file]))) {
    const text = analysed.has(path) ? undefined : context.project?.read(path);
    if (text !== undefined) admit(parseDirectives(path, text), false);
  }

  const patternsOf = new Map<Config, { reason: string; matcher: Glob }[]>();
  const resourcePatterns = (config: Config) => {
    let patterns = patternsOf.get(config);
    if (!patterns) {
      patterns = config.ignoreResources.map((r) => ({
        reason: r.reason,
        matcher: compileResourcePattern(r.pattern),
      }));
      patternsOf.set(config, patterns);
    }
    return patterns;
  };
  for (const finding of findings) {
    const candidates = [
      ...(byFile.get(finding.location.file) ?? []),
      ...(byFile.get(finding.resource.file) ?? []),
    ];
    const match = candidates.find(
      (a) => a.directive.ruleIds.includes(finding.ruleId) && covers(a.directive, finding),
    );
    if (match) {
      match.used?.add(finding.ruleId);
      finding.suppression = {
        kind: 'inSource',
        justification: match.directive.reason,
        location: match.directive.location,
      };
      continue;
    }
    const ids = resourceIdForms(finding.firewallId);
    const byResource = resourcePatterns(configFor(finding.location.file)).find((r) =>
      ids.some((id) => r.matcher.test(id)),
    );
    if (byResource) finding.suppression = { kind: 'external', justification: byResource.reason };
  }

  for (const { directive, used } of [...byFile.values()].flat()) {
    for (const id of directive.ruleIds) {
      if (!used || used.has(id) || !ruleIds.has(id)) continue;
      diagnostics.push({
        level: 'warning',
        code: 'unused-suppression',
        ruleId: id,
        location: directive.location,
        message: `unused ${MARKER} for ${id}: no ${id} finding here to suppress`,
      });
    }
  }
  return diagnostics;
}

/** Why a well-formed directive may not suppress: expired, or no reason under `requireReason`. */
function directiveProblem(d: SuppressionDirective, config: Config, today: string): Diagnostic | undefined {
  const ids = d.ruleIds.join(', ');
  if (d.expires !== undefined && d.expires < today) {
    return {
      level: 'warning',
      code: 'expired-suppression',
      location: d.location,
      message: `${MARKER} ${ids} expired on ${d.expires} and no longer suppresses${d.reason ? ` (reason was: ${d.reason})` : ''}`,
    };
  }
  if (config.requireReason && d.reason === '') {
    return {
      level: 'error',
      code: 'suppression-without-reason',
      location: d.location,
      message: `${MARKER} ${ids} has no reason and requireReason is set, so it does not suppress: add "-- why this is acceptable"`,
    };
  }
  return undefined;
}
